package dev.kikbot.demo.cli;

import dev.kikbot.demo.Demo;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: starts the emulator with the showcase bot and two sample users, prints the page's URL, and
 * runs until stopped. A failure to start is one line on stderr and exit code 2.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Starts the emulator and its web page with the showcase bot and the users alice and bob.")
final class DemoCommand implements Callable<Integer> {

    /** The exit code of every failure to start, as of a usage error. */
    static final int FAILED = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the emulator and its page; 0 picks a"
            + " free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on."
            + " Default: ${DEFAULT-VALUE}.")
    private String host;

    @Option(names = "--db", defaultValue = ":memory:", description = "SQLite file to keep the chats in, or"
            + " :memory: to keep nothing. Default: ${DEFAULT-VALUE}.")
    private String database;

    private final Consumer<Demo> whileRunning;

    DemoCommand(Consumer<Demo> whileRunning) {
        this.whileRunning = whileRunning;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("kik-demo: --port must be 0 to 65535, not " + port);
            return FAILED;
        }
        Demo demo;
        try {
            demo = Demo.start(host, port, database);
        } catch (UncheckedIOException | StoreException | ApiError | IllegalStateException e) {
            err.println("kik-demo: " + (e instanceof UncheckedIOException io && io.getCause() != null
                    ? io.getCause().getMessage() : e.getMessage()));
            err.flush();
            return FAILED;
        }
        out.println("Kik emulator with the showcase bot: open " + demo.pageUrl() + " in a browser");
        out.println("  bot " + Demo.BOT + " (webhook " + demo.webhookUrl() + "), users "
                + String.join(" and ", demo.users()) + ", database " + database);
        out.println("  control API " + demo.url() + "/emulator/v1; Ctrl-C stops it");
        out.flush();
        try {
            whileRunning.accept(demo);
        } finally {
            demo.close();
        }
        return 0;
    }
}
