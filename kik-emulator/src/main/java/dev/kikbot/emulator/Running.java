package dev.kikbot.emulator;

import dev.kikbot.emulator.botapi.BotApi;
import dev.kikbot.emulator.codes.CodeImageRoutes;
import dev.kikbot.emulator.control.ChatRoutes;
import dev.kikbot.emulator.control.ControlApi;
import dev.kikbot.emulator.control.EventStream;
import dev.kikbot.emulator.control.InspectorRoutes;
import dev.kikbot.emulator.control.InteractionRoutes;
import dev.kikbot.emulator.control.MessagePoll;
import dev.kikbot.emulator.control.TranscriptRoutes;
import dev.kikbot.emulator.delivery.Threads;
import dev.kikbot.emulator.delivery.WebhookDelivery;
import dev.kikbot.emulator.http.HttpServer;
import dev.kikbot.emulator.platform.BotMessages;
import dev.kikbot.emulator.platform.Bots;
import dev.kikbot.emulator.platform.Chats;
import dev.kikbot.emulator.platform.Inbound;
import dev.kikbot.emulator.platform.MentionWindow;
import dev.kikbot.emulator.platform.MessageFeed;
import dev.kikbot.emulator.platform.RateLimiter;
import dev.kikbot.emulator.platform.Reads;
import dev.kikbot.emulator.platform.Scans;
import dev.kikbot.emulator.platform.TapTargets;
import dev.kikbot.emulator.platform.Taps;
import dev.kikbot.emulator.platform.UserMessages;
import dev.kikbot.emulator.store.SqlStore;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.transcript.BotAnswers;
import dev.kikbot.emulator.transcript.Replay;
import dev.kikbot.emulator.web.MediaProxy;
import dev.kikbot.emulator.web.WebPage;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** A started emulator's parts, wired; {@link #close()} takes them down in the reverse order. */
final class Running implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Store store;
    private final MessageFeed feed;
    private final EventStream events;
    private final WebhookDelivery delivery;
    private final ScheduledExecutorService ownScheduler;
    private final ExecutorService pollAnswers;
    private final Javalin server;

    private Running(Store store, MessageFeed feed, EventStream events, WebhookDelivery delivery,
            ScheduledExecutorService ownScheduler, ExecutorService pollAnswers, Javalin server) {
        this.store = store;
        this.feed = feed;
        this.events = events;
        this.delivery = delivery;
        this.ownScheduler = ownScheduler;
        this.pollAnswers = pollAnswers;
        this.server = server;
    }

    static Running start(Emulator.Settings settings) {
        Store store = SqlStore.open(settings.database(), settings.clock());
        ScheduledThreadPoolExecutor own = null;
        ScheduledExecutorService scheduler = settings.scheduler();
        if (scheduler == null) {
            own = new ScheduledThreadPoolExecutor(1, Threads.daemon("kik-emulator-retry"));
            own.setRemoveOnCancelPolicy(true);
            scheduler = own;
        }
        ExecutorService pollAnswers = Executors.newFixedThreadPool(2, Threads.daemon("kik-emulator-poll"));
        MessageFeed feed = new MessageFeed();
        WebhookDelivery delivery = new WebhookDelivery(store, settings.clock(), settings.backoff(), scheduler,
                settings.webhookTimeout(), feed::changed);
        EventStream events = new EventStream(store, feed);
        try {
            RateLimiter limiter = new RateLimiter(settings.rateLimits(), settings.clock());
            MentionWindow mentions = new MentionWindow(settings.clock());
            Inbound inbound = new Inbound(store, settings.clock(), limiter, feed, delivery::poke, mentions);
            Bots bots = new Bots(store, bot -> {
                delivery.reconfigured(bot);
                store.bot(bot).ifPresent(account -> inbound.reconfigured(bot, account.configuration()));
            });
            registerStartupBots(settings, bots);
            Chats chats = new Chats(store, settings.clock(), feed, delivery::poke);
            UserMessages users = new UserMessages(inbound);
            BotMessages sends = new BotMessages(store, settings.clock(), limiter, feed, mentions, delivery::poke);
            Runnable reset = () -> {
                store.clear();
                limiter.clear();
                inbound.clear();
                registerStartupBots(settings, bots);
                feed.reset();
            };
            Javalin server = HttpServer.start(settings.host(), settings.port(), app -> {
                new BotApi(store, bots, sends, feed, settings.clock()).routes(app);
                new CodeImageRoutes(store).routes(app);
                new ControlApi(store, bots, reset, settings.clock()).routes(app);
                new ChatRoutes(store, chats, users, new MessagePoll(store, feed, pollAnswers)).routes(app);
                new InteractionRoutes(chats, new Taps(new TapTargets(store), inbound),
                        new Reads(store, settings.clock(), feed, delivery::poke),
                        new Scans(store, chats, inbound)).routes(app);
                new TranscriptRoutes(store, chats, new Replay(store, chats, users, inbound, new BotAnswers(store, feed)),
                        settings.clock()).routes(app);
                new InspectorRoutes(store, chats).routes(app);
                events.routes(app);
                new WebPage().routes(app);
                new MediaProxy().routes(app);
            });
            delivery.resume();
            return new Running(store, feed, events, delivery, own, pollAnswers, server);
        } catch (RuntimeException e) {
            events.close();
            delivery.close(Duration.ZERO);
            pollAnswers.shutdownNow();
            if (own != null) {
                own.shutdownNow();
            }
            store.close();
            throw e;
        }
    }

    private static void registerStartupBots(Emulator.Settings settings, Bots bots) {
        settings.bots().forEach(bot -> bots.ensure(bot.username(), bot.apiKey(), bot.webhook()));
    }

    Store store() {
        return store;
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        feed.close(); // waiting polls answer now, before the server stops
        events.close(); // and the pages' event streams end, for their browsers to reconnect elsewhere
        server.stop();
        delivery.close(GRACE);
        pollAnswers.shutdownNow();
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
        store.close();
    }
}
