package dev.kikbot.emulator.cli;

import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.Emulator;
import dev.kikbot.emulator.RateLimits;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar kik-emulator.jar}: starts the emulator, prints its URL and each bot with its key, and
 * runs until stopped. A failure to start is one line on stderr and exit code 2.
 */
@Command(name = "kik-emulator", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Kik's bot platform, running locally: the Bot API, simulated users and chats, and signed"
                + " webhook delivery.")
final class EmulatorCommand implements Callable<Integer> {

    /** The exit code of every failure to start, as of a usage error. */
    static final int FAILED = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one."
            + " Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on."
            + " Default: ${DEFAULT-VALUE}.")
    private String host;

    @Option(names = "--db", defaultValue = "./kik-emulator.db", description = "SQLite file, or :memory: to keep"
            + " nothing. Default: ${DEFAULT-VALUE}.")
    private String database;

    @Option(names = "--bot", paramLabel = "name:apiKey[:webhookUrl]", converter = BotOption.Converter.class,
            description = "A bot to register (repeatable). An empty or omitted key gets a random UUID.")
    private List<BotOption> bots = new ArrayList<>();

    @Option(names = "--user-budget", defaultValue = "20", description = "Messages a bot may send a user before the"
            + " user writes back; 0 for no limit. Default: ${DEFAULT-VALUE}.")
    private int userBudget;

    @Option(names = "--per-second", defaultValue = "100", description = "Messages a bot may send per second in all;"
            + " 0 for no limit. Default: ${DEFAULT-VALUE}.")
    private int perSecond;

    @Option(names = "--no-rate-limits", description = "Switch both rate limits off.")
    private boolean noRateLimits;

    private final Consumer<Emulator> whileRunning;

    /**
     * @param whileRunning called with the started emulator; returns when the emulator should stop
     */
    EmulatorCommand(Consumer<Emulator> whileRunning) {
        this.whileRunning = whileRunning;
    }

    /** @return the command line, with bad arguments answered in one line and exit code 2 */
    static CommandLine commandLine(Consumer<Emulator> whileRunning) {
        CommandLine command = new CommandLine(new EmulatorCommand(whileRunning));
        command.setParameterExceptionHandler((error, args) -> {
            error.getCommandLine().getErr().println("kik-emulator: " + error.getMessage() + " (see --help)");
            return FAILED;
        });
        return command;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (userBudget < 0 || perSecond < 0) {
            err.println("kik-emulator: --user-budget and --per-second are 0 (off) or more");
            return FAILED;
        }
        Emulator.Builder builder = Emulator.builder().host(host).port(port).database(database)
                .rateLimits(noRateLimits ? RateLimits.off() : new RateLimits(userBudget, perSecond));
        bots.forEach(bot -> builder.bot(bot.username(), bot.apiKey().orElse(null), bot.webhook().orElse(null)));
        Emulator emulator;
        try {
            emulator = builder.build().start();
        } catch (UncheckedIOException | StoreException | ApiError e) {
            err.println("kik-emulator: " + (e instanceof UncheckedIOException io ? io.getCause().getMessage()
                    : e.getMessage()));
            err.flush();
            return FAILED;
        }
        out.println("Kik emulator listening on " + emulator.url() + " (control API: " + emulator.url()
                + "/emulator/v1, database: " + database + ")");
        for (BotAccount bot : emulator.bots()) {
            out.println("  bot " + bot.username() + "  apiKey " + bot.apiKey() + "  webhook "
                    + bot.webhook().orElse("(none yet: set it with POST /v1/config)"));
        }
        out.flush();
        try {
            whileRunning.accept(emulator);
        } finally {
            emulator.close();
        }
        return 0;
    }
}
