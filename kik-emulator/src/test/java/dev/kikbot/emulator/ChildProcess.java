package dev.kikbot.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A process a test starts (a node bot, an emulator JVM): its output, stdout and stderr together, kept line by
 * line and shown to a listener as it comes, and a close that ends it for sure.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Consumer<String> onLine;

    ChildProcess(ProcessBuilder builder, Consumer<String> onLine) throws IOException {
        this.process = builder.redirectErrorStream(true).start();
        this.onLine = onLine;
        Thread reader = new Thread(this::readOutput, "child-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** @return the lines printed so far */
    synchronized List<String> lines() {
        return List.copyOf(output);
    }

    /** @return everything printed so far */
    synchronized String output() {
        return String.join("\n", output);
    }

    /** Kills it with SIGKILL and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("process " + process.pid() + " outlived SIGKILL for 10 s");
        }
    }

    /** Asks it to end (SIGTERM), and kills it if it has not within 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    output.add(line);
                }
                onLine.accept(line);
            }
        } catch (IOException e) {
            synchronized (this) {
                output.add("(reading the output failed: " + e + ")");
            }
        }
    }
}
