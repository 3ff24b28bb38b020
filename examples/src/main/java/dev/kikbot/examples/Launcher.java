package dev.kikbot.examples;

import dev.kikbot.api.KikException;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every example's {@code main} does: read the settings, build the bot, serve it, close it on exit,
 * and turn a mistake (a missing argument, a port in use, an API that can't be reached) into one line.
 */
final class Launcher {

    /** A bot being served. */
    record Started(Bot bot, BotServer server) {
    }

    private Launcher() {
    }

    /** Starts the bot, or prints why not and exits with status 2. */
    static void run(String[] args, Function<Settings, Bot> create) {
        Optional<Started> started = start(args, System.getenv(), create, System.err);
        if (started.isEmpty()) {
            System.exit(2);
        }
        Bot bot = started.get().bot();
        Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "kik-bot-shutdown"));
    }

    static Optional<Started> start(String[] args, Map<String, String> env, Function<Settings, Bot> create,
            PrintStream err) {
        Settings settings;
        Bot bot;
        try {
            settings = Settings.from(args, env);
            bot = create.apply(settings);
        } catch (IllegalArgumentException | KikException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(new Started(bot, bot.serve(settings.host(), settings.port())));
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            bot.close();
            return Optional.empty();
        }
    }
}
