package dev.kikbot.emulator.cli;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * The runnable jar's entry point. It points Logback at the emulator's own configuration before anything
 * logs, because the library jar ships no {@code logback.xml}: an application or test that embeds the
 * emulator keeps its own logging setup.
 */
public final class Main {

    private static final String LOGBACK = "logback.configurationFile";

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOGBACK) == null) {
            System.setProperty(LOGBACK, "dev/kikbot/emulator/cli/logback.xml");
        }
        System.exit(run(args));
    }

    /** Runs until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes the emulator gracefully. */
    static int run(String[] args) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kik-emulator-shutdown"));
        CommandLine command = EmulatorCommand.commandLine(emulator -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            return command.execute(args);
        } finally {
            stopped.countDown();
        }
    }
}
