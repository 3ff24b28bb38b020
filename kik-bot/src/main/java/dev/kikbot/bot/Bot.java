package dev.kikbot.bot;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.api.User;
import dev.kikbot.api.message.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kik bot: handlers for incoming messages, replies batched within the API's limits, and a webhook that
 * checks signatures on the raw bytes.
 *
 * <pre>{@code
 * Bot bot = Bot.builder(kik)
 *         .onText(Pattern.compile("^hi"), (message, ctx) -> ctx.reply("Hello " + message.from().orElse("")))
 *         .onText((message, ctx) -> ctx.reply(message.body().orElse("")))
 *         .onError(error -> metrics.count(error.kind()))
 *         .build();
 * bot.serve("0.0.0.0", 8080);
 * }</pre>
 *
 * <p>Handlers run in the order they were registered; each message goes down the chain until a handler
 * replies, ignores it, or returns without {@link Context#next()}. Types this library does not know reach
 * only {@link BotBuilder#use} handlers. A handler that throws, and a reply the API refuses, go to the
 * {@linkplain BotBuilder#onError error handler} (by default, a WARN line each); the other messages and
 * replies are not affected.
 *
 * <p>The webhook answers 200 once the request's handlers finished and their replies were accepted or
 * reported as failed, so a slow API slows the webhook down instead of filling memory. Replies are sent
 * through one outbox per bot, which puts replies waiting at the same time into one call, up to the API's
 * limits, and keeps each user's messages in order.
 */
public final class Bot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private final KikApi kik;
    private final BotOptions options;
    private final Dispatcher dispatcher;
    private final WebhookHandler webhook;
    private final UserCache users;
    private final Broadcast broadcast;
    private final Shutdown shutdown;

    // Wires the parts; BotBuilder.build() is the way in.
    Bot(KikApi kik, List<Route<?>> routes, List<OutgoingHook> hooks, BotOptions options) {
        this.kik = kik;
        this.options = options;
        ErrorReporter errors = new ErrorReporter(options.errorHandler());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, Threads.named("kik-bot-timer"));
        timer.setRemoveOnCancelPolicy(true);
        Outbox outbox = new Outbox(kik, errors, options.maxConcurrentSends(), options.outboxCapacity(), timer,
                System::nanoTime);
        this.dispatcher = new Dispatcher(this, routes, hooks, errors, outbox, timer, options.maxReplyDelay());
        this.webhook = new WebhookHandler(options, kik, dispatcher);
        this.users = new UserCache(options.userCacheSize(), options.userCacheTtl(), options.clock(), kik::getUserAsync);
        this.broadcast = new Broadcast(kik, errors);
        this.shutdown = new Shutdown(kik.username(), webhook, outbox, timer);
        if (!options.verifySignatures()) {
            LOG.warn("Bot {} does NOT verify X-Kik-Signature: anyone can post messages to its webhook. "
                    + "Turn this off only for local tests.", kik.username());
        }
    }

    /**
     * @param kik the bot's API client
     * @return a builder with no handlers
     */
    public static BotBuilder builder(KikApi kik) {
        return new BotBuilder(kik);
    }

    /** @return the bot's API client */
    public KikApi kik() {
        return kik;
    }

    /** @return the bot's username */
    public String username() {
        return kik.username();
    }

    /** @return the framework-free webhook, for any HTTP server */
    public WebhookHandler webhook() {
        return webhook;
    }

    /**
     * Serves the webhook on the bot's own HTTP server, on all interfaces (Kik must be able to reach it).
     *
     * @param port the port; 0 for any free one
     * @return the running server; {@link BotServer#close()} (or this bot's {@link #close()}) stops it
     * @throws UncheckedIOException if the port can't be listened on, such as when it is in use
     */
    public BotServer serve(int port) {
        return serve(new InetSocketAddress(port));
    }

    /**
     * @param host the address to listen on, such as {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port the port; 0 for any free one
     * @return the running server
     * @throws UncheckedIOException if the port can't be listened on, such as when it is in use
     */
    public BotServer serve(String host, int port) {
        return serve(new InetSocketAddress(Objects.requireNonNull(host, "host"), port));
    }

    /**
     * @param address the address and port to listen on
     * @return the running server
     * @throws UncheckedIOException if the port can't be listened on, such as when it is in use
     */
    public BotServer serve(InetSocketAddress address) {
        try {
            BotServer server = BotServer.start(webhook, address, options);
            shutdown.track(server);
            LOG.info("Bot {} listening on {}{}, {}", username(), server.url(), options.incomingPath(),
                    options.verifySignatures() ? "checking signatures" : "NOT checking signatures");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on " + address.getHostString() + ":" + address.getPort()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends messages through the outgoing hooks and the bot's outbox, outside any webhook request.
     *
     * @param messages messages with {@code to} set
     * @return completes when all were accepted or dropped by a hook; fails with a
     *     {@link dev.kikbot.api.KikValidationException} for a broken rule (a null message included) or the
     *     API's error. Failures also reach the error handler.
     */
    public CompletableFuture<Void> send(List<? extends Message> messages) {
        return dispatcher.send(Objects.requireNonNull(messages, "messages"));
    }

    /**
     * @param messages messages with {@code to} set
     * @return as {@link #send(List)}
     */
    public CompletableFuture<Void> send(Message... messages) {
        return send(Arrays.asList(messages));
    }

    /**
     * Sends the same messages to many users through {@code /v1/broadcast}, in requests of at most 100. The
     * outgoing hooks are not run, as in kik-node.
     *
     * @param messages the messages, without {@code to}
     * @param recipients the usernames to send them to; each gets every message, in order
     * @return completes when all were accepted; fails with {@link IllegalArgumentException} without
     *     recipients, {@link dev.kikbot.api.KikValidationException} for a null message or an invalid username,
     *     or the API's error. Failures also reach the error handler.
     */
    public CompletableFuture<Void> broadcast(List<? extends Message> messages, List<String> recipients) {
        return broadcast.send(messages, recipients);
    }

    /**
     * @return the configuration {@link #updateConfiguration()} sets: webhook, all four flags, static keyboard
     * @throws IllegalStateException if neither {@link BotBuilder#webhookUrl} nor {@link BotBuilder#baseUrl}
     *     was set
     */
    public Configuration configuration() {
        return options.configuration();
    }

    /**
     * Posts {@link #configuration()} to {@code /v1/config}.
     *
     * @return the configuration as the API stored it
     */
    public Configuration updateConfiguration() {
        return kik.setConfiguration(configuration());
    }

    /**
     * A user's profile, from a bounded cache whose entries expire, in front of {@code GET /v1/user}.
     *
     * @param username the user
     * @return the profile
     */
    public User getUser(String username) {
        try {
            return getUserAsync(username).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /**
     * @param username the user
     * @return the profile, from the cache when it has a fresh one
     */
    public CompletableFuture<User> getUserAsync(String username) {
        return users.get(Objects.requireNonNull(username, "username"));
    }

    /** Closes as {@link #close(Duration)} does, waiting up to ten seconds. */
    @Override
    public void close() {
        close(DEFAULT_GRACE);
    }

    /**
     * Stops the bot gracefully: its servers stop accepting, new webhook requests get 503, requests in
     * progress finish with their replies, messages already acknowledged are handled, and the outbox sends
     * what it holds, all within the timeout. Idempotent.
     *
     * @param timeout how long all of that may take
     * @return whether everything finished in time; what did not was cut off
     */
    public boolean close(Duration timeout) {
        return shutdown.run(timeout);
    }
}
