package dev.kikbot.emulator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The official kik-node SDK as a bot: {@code src/test/node/bot.js}, installed with {@code npm ci} from the
 * committed lock file into {@code target/kik-node}, and run as a child process bounded by the test.
 *
 * <p>Without node and npm the tests using it are skipped with a loud line on stderr; with {@code CI=true}
 * they fail, since CI installs both ({@code .ci/run}).
 */
final class NodeBot implements AutoCloseable {

    private static final String[] FILES = {"package.json", "package-lock.json", "bot.js"};
    private static final long INSTALL_SECONDS = 300;
    private static final long READY_MILLIS = 30_000;

    private final ChildProcess process;
    private volatile int port;

    private NodeBot(ProcessBuilder command) throws IOException {
        this.process = new ChildProcess(command, line -> {
            if (line.startsWith("READY ")) {
                port = Integer.parseInt(line.substring("READY ".length()).trim());
            }
        });
    }

    /** Skips the calling test (or fails it under CI) when node or npm is missing; installs kik-node. */
    static Path install() throws IOException, InterruptedException {
        requireTool("node");
        requireTool("npm");
        Path module = Paths.get(System.getProperty("basedir", "")).toAbsolutePath();
        Path dir = module.resolve("target/kik-node");
        Files.createDirectories(dir);
        boolean sameLock = Files.exists(dir.resolve("package-lock.json")) && Arrays.equals(
                Files.readAllBytes(dir.resolve("package-lock.json")),
                Files.readAllBytes(module.resolve("src/test/node/package-lock.json")));
        for (String file : FILES) {
            Files.copy(module.resolve("src/test/node").resolve(file), dir.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (sameLock && Files.exists(dir.resolve("node_modules/@kikinteractive/kik/package.json"))) {
            return dir;
        }
        Path log = dir.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(INSTALL_SECONDS, TimeUnit.SECONDS)) {
            npm.destroyForcibly();
            fail("npm ci took more than " + INSTALL_SECONDS + " s in " + dir);
        }
        if (npm.exitValue() != 0) {
            fail("npm ci failed (" + npm.exitValue() + "):\n" + Files.readString(log));
        }
        return dir;
    }

    /** Starts bot.js against the emulator and waits until it has set its webhook. */
    static NodeBot start(Path dir, String apiUrl, String username, String apiKey) throws IOException,
            InterruptedException {
        NodeBot bot = new NodeBot(new ProcessBuilder("node", "bot.js", "--api", apiUrl, "--username", username,
                "--api-key", apiKey).directory(dir.toFile()));
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        while (bot.port == 0) {
            if (!bot.process.isAlive() || System.currentTimeMillis() > deadline || !bot.errors().isEmpty()) {
                bot.close();
                fail("kik-node did not start:\n" + bot.output());
            }
            Thread.sleep(50);
        }
        return bot;
    }

    /** @return the port of the bot's own server */
    int port() {
        return port;
    }

    /** @return the lines the bot printed that start with ERROR (a failed SDK call) */
    List<String> errors() {
        return process.lines().stream().filter(line -> line.startsWith("ERROR")).toList();
    }

    /** @return everything the bot printed so far */
    String output() {
        return process.output();
    }

    @Override
    public void close() {
        process.close();
    }

    private static void requireTool(String tool) throws InterruptedException {
        boolean found;
        try {
            Process probe = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            found = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        }
        if (found) {
            return;
        }
        String message = "*** " + tool + " is missing: the official kik-node SDK cannot run on the emulator."
                + " Install Debian's nodejs and npm (.ci/run does). ***";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " CI=true, so this fails instead of skipping.");
        }
        System.err.println(message + " Skipping.");
        Assumptions.abort(message);
    }
}
