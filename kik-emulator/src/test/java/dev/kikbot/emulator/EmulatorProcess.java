package dev.kikbot.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's command line ({@code cli.Main}) in a JVM of its own, on this test's class path, so a test can
 * kill it as a crash would: {@link #kill()} is SIGKILL, with no shutdown hook and no graceful close.
 */
final class EmulatorProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Kik emulator listening on (http://\\S+) ");
    private static final long START_MILLIS = 30_000;

    private final ChildProcess process;
    private volatile String url;

    private EmulatorProcess(ProcessBuilder command) throws IOException {
        this.process = new ChildProcess(command, line -> {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                url = listening.group(1);
            }
        });
    }

    /** Starts {@code java cli.Main --port 0 --db FILE} with the arguments given, and waits for its URL. */
    static EmulatorProcess start(Path database, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "dev.kikbot.emulator.cli.Main",
                "--port", "0", "--db", database.toString()));
        command.addAll(List.of(arguments));
        EmulatorProcess emulator = new EmulatorProcess(new ProcessBuilder(command));
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (emulator.url == null) {
            if (!emulator.process.isAlive() || System.currentTimeMillis() > deadline) {
                emulator.close();
                throw new AssertionError("the emulator did not start:\n" + emulator.output());
            }
            Thread.sleep(20);
        }
        return emulator;
    }

    /** @return its base URL */
    String url() {
        return url;
    }

    /** Kills it with SIGKILL and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** @return what it printed */
    String output() {
        return process.output();
    }

    @Override
    public void close() {
        process.close();
    }
}
