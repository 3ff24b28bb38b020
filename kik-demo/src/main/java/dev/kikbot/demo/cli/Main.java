package dev.kikbot.demo.cli;

import java.util.concurrent.CountDownLatch;

/**
 * The runnable jar's entry point: {@code java -jar kik-demo.jar demo}. Like the emulator's, it points Logback
 * at the demo's own configuration before anything logs, and on Ctrl-C or SIGTERM it closes the bot and the
 * emulator before the JVM exits.
 */
public final class Main {

    private static final String LOGBACK = "logback.configurationFile";

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOGBACK) == null) {
            System.setProperty(LOGBACK, "dev/kikbot/demo/cli/logback.xml");
        }
        System.exit(run(args));
    }

    /** Runs until the JVM is asked to stop, then closes the demo gracefully. */
    static int run(String[] args) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kik-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return KikDemoCommand.commandLine(demo -> {
                try {
                    stop.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).execute(args);
        } finally {
            stopped.countDown();
        }
    }
}
