package dev.kikbot.demo;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import dev.kikbot.emulator.Emulator;
import dev.kikbot.examples.ShowcaseBot;
import dev.kikbot.examples.ShowcaseMedia;
import java.util.List;

/**
 * The emulator with the showcase bot in the same process: the bot's webhook on a free loopback port,
 * registered with the emulator, its pictures served locally so the page works offline, and two sample
 * users, alice and bob, alice already in a chat with the bot. Shaped like the emulator: {@link #start},
 * {@link #url()}, an idempotent {@link #close()}.
 */
public final class Demo implements AutoCloseable {

    /** The bot the demo runs. */
    public static final String BOT = "showcase";

    private final Emulator emulator;
    private final MediaServer media;
    private final Bot bot;
    private final BotServer webhook;
    private boolean closed;

    private Demo(Emulator emulator, MediaServer media, Bot bot, BotServer webhook) {
        this.emulator = emulator;
        this.media = media;
        this.bot = bot;
        this.webhook = webhook;
    }

    /**
     * @param host the address the emulator (and its page) listens on
     * @param port its port; 0 for a free one
     * @param database an SQLite file, or {@code :memory:}
     * @return the demo, running
     * @throws java.io.UncheckedIOException if the port is taken
     */
    public static Demo start(String host, int port, String database) {
        Emulator emulator = Emulator.builder().host(host).port(port).database(database).bot(BOT).build().start();
        MediaServer media = null;
        Bot bot = null;
        try {
            media = MediaServer.start();
            // A database kept from an earlier run keeps the bot's key, so the key is read back, never assumed.
            String apiKey = emulator.bot(BOT).orElseThrow().apiKey();
            KikApi kik = KikApi.builder(BOT, apiKey).baseUrl(emulator.url()).build();
            ShowcaseMedia pictures = media.showcaseMedia();
            bot = ShowcaseBot.builder(kik, pictures).build();
            BotServer webhook = bot.serve("127.0.0.1", 0);
            // Its webhook port is only known once it serves, so it is registered now, with its static keyboard.
            kik.setConfiguration(Configuration.builder().webhook(webhook.url() + "/incoming")
                    .staticKeyboard(ShowcaseBot.menu(pictures).build()).build());
            SampleUsers.create(new ControlClient(emulator.url()), BOT);
            return new Demo(emulator, media, bot, webhook);
        } catch (RuntimeException e) {
            if (bot != null) {
                bot.close();
            }
            if (media != null) {
                media.close();
            }
            emulator.close();
            throw e;
        }
    }

    /** @return the emulator's base URL, where the page is */
    public String url() {
        return emulator.url();
    }

    /** @return the page's URL */
    public String pageUrl() {
        return emulator.url() + "/";
    }

    /** @return the emulator's port */
    public int port() {
        return emulator.port();
    }

    /** @return the URL the emulator delivers the bot's messages to */
    public String webhookUrl() {
        return webhook.url() + "/incoming";
    }

    /** @return the sample users' usernames */
    public List<String> users() {
        return SampleUsers.USERNAMES;
    }

    /** Stops the bot (it finishes what it is answering), then the emulator, then the media server. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        bot.close();
        emulator.close();
        media.close();
    }
}
