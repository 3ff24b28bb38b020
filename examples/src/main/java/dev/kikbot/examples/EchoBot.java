package dev.kikbot.examples;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;

/**
 * The echo bot of the kik-python documentation, in Java: every text message comes back to its sender, in
 * the same chat. The signature check that the Flask version did by hand is the webhook's job here.
 */
public final class EchoBot {

    private EchoBot() {
    }

    /**
     * @param kik the bot's API client
     * @return the echo bot
     */
    public static Bot create(KikApi kik) {
        return Bot.builder(kik)
                .onText((message, context) -> context.reply(message.body().orElse("")))
                .build();
    }

    /**
     * Runs the echo bot until the process ends.
     *
     * @param args {@code --username NAME --api-key KEY [--api-url URL] [--host 127.0.0.1] [--port 8080]
     *     [--webhook URL]}
     */
    public static void main(String[] args) {
        Launcher.run(args, settings -> {
            KikApi kik = settings.kikApi();
            settings.webhook().ifPresent(url -> kik.setConfiguration(Configuration.builder().webhook(url).build()));
            return create(kik);
        });
    }
}
