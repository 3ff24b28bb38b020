package dev.kikbot.bot;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.Features;
import dev.kikbot.api.KikApi;
import dev.kikbot.api.User;
import dev.kikbot.api.message.DeliveryReceiptMessage;
import dev.kikbot.api.message.FriendPickerMessage;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.Keyboard;
import dev.kikbot.api.message.LinkMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.OutgoingRules;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.api.message.ScanDataMessage;
import dev.kikbot.api.message.StartChattingMessage;
import dev.kikbot.api.message.StickerMessage;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.VideoMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
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
 * only {@link Builder#use} handlers. A handler that throws, and a reply the API refuses, go to the
 * {@linkplain Builder#onError error handler} (by default, a WARN line each); the other messages and
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
    private final ErrorReporter errors;
    private final ScheduledThreadPoolExecutor timer;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final WebhookHandler webhook;
    private final UserCache users;
    private final List<BotServer> servers = new CopyOnWriteArrayList<>();

    private Bot(Builder builder, BotOptions options) {
        this.kik = builder.kik;
        this.options = options;
        this.errors = new ErrorReporter(options.errorHandler());
        this.timer = new ScheduledThreadPoolExecutor(1, Threads.named("kik-bot-timer"));
        timer.setRemoveOnCancelPolicy(true);
        this.outbox = new Outbox(kik, errors, options.maxConcurrentSends(), options.outboxCapacity(), timer,
                System::nanoTime);
        this.dispatcher = new Dispatcher(this, builder.routes, builder.hooks, errors, outbox, timer,
                options.maxReplyDelay());
        this.webhook = new WebhookHandler(options, kik, dispatcher);
        this.users = new UserCache(options.userCacheSize(), options.userCacheTtl(), options.clock(), kik::getUserAsync);
        if (!options.verifySignatures()) {
            LOG.warn("Bot {} does NOT verify X-Kik-Signature: anyone can post messages to its webhook. "
                    + "Turn this off only for local tests.", kik.username());
        }
    }

    /**
     * @param kik the bot's API client
     * @return a builder with no handlers
     */
    public static Builder builder(KikApi kik) {
        return new Builder(kik);
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
            servers.add(server);
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
        CompletableFuture<Void> sent;
        try {
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("You must specify a recipient to send a message");
            }
            if (messages.stream().anyMatch(Objects::isNull)) {
                OutgoingRules.validate(messages);
            }
            List<Message> addressed = new ArrayList<>();
            for (String recipient : recipients) {
                for (Message message : messages) {
                    addressed.add(message.toBuilder().to(recipient).build());
                }
            }
            sent = kik.sendBroadcastAsync(addressed);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((done, error) -> {
            if (error != null) {
                errors.sendFailed(null, null, ErrorReporter.unwrap(error));
            }
        });
    }

    /** @return the configuration {@link #updateConfiguration()} sets: webhook, all four flags, static keyboard */
    public Configuration configuration() {
        String webhookUrl = options.webhookUrl().orElseThrow(() -> new IllegalStateException(
                "no webhook URL: set Builder.webhookUrl(...) or Builder.baseUrl(...)"));
        return Configuration.builder().webhook(webhookUrl).features(options.features())
                .staticKeyboard(options.staticKeyboard().orElse(null)).build();
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
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean finished = true;
        for (BotServer server : servers) {
            finished &= server.close(left(deadline));
        }
        servers.clear();
        try {
            finished &= webhook.close(left(deadline));
            outbox.idle().get(left(deadline).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        } catch (ExecutionException | TimeoutException e) {
            finished = false;
        }
        timer.shutdown();
        if (!finished) {
            LOG.warn("Bot {} closed before everything finished ({} allowed)", username(), timeout);
        }
        return finished;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Builds a {@link Bot}: handlers, hooks and webhook options. */
    public static final class Builder {

        private final KikApi kik;
        private final List<Route<?>> routes = new ArrayList<>();
        private final List<OutgoingHook> hooks = new ArrayList<>();
        private String incomingPath = "/incoming";
        private String kikCodePath = "/kik-code.png";
        private boolean verifySignatures = true;
        private int maxBodyBytes = 1024 * 1024;
        private boolean acknowledgeFirst;
        private int acknowledgeQueueCapacity = 1000;
        private String webhookUrl;
        private String baseUrl;
        private Features features = Features.builder().manuallySendReadReceipts(false).receiveReadReceipts(false)
                .receiveDeliveryReceipts(false).receiveIsTyping(false).build();
        private Keyboard staticKeyboard;
        private int serverThreads = 128;
        private int maxRequestsInFlight = 256;
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration maxReplyDelay = Duration.ofMillis(20);
        private int maxConcurrentSends = 8;
        private int outboxCapacity = 10_000;
        private int userCacheSize = 1000;
        private Duration userCacheTtl = Duration.ofMinutes(10);
        private ErrorHandler errorHandler = ErrorReporter.LOG_AT_WARN;
        private Clock clock = Clock.systemUTC();

        private Builder(KikApi kik) {
            this.kik = Objects.requireNonNull(kik, "kik");
        }

        /**
         * @param handler runs for every message, of any type, including types this library does not know
         * @return this builder
         */
        public Builder use(MessageHandler<Message> handler) {
            return route(Route.of(Message.class, handler));
        }

        /**
         * @param handler runs for every text message
         * @return this builder
         */
        public Builder onText(MessageHandler<? super TextMessage> handler) {
            return route(Route.of(TextMessage.class, handler));
        }

        /**
         * @param body the exact text to match
         * @param handler runs for text messages with exactly that body
         * @return this builder
         */
        public Builder onText(String body, MessageHandler<? super TextMessage> handler) {
            return route(Route.text(Objects.requireNonNull(body, "body"), handler));
        }

        /**
         * @param pattern found anywhere in the body unless anchored; its groups are in {@link Context#match()}
         * @param handler runs for text messages whose body matches
         * @return this builder
         */
        public Builder onText(Pattern pattern, MessageHandler<? super TextMessage> handler) {
            return route(Route.text(Objects.requireNonNull(pattern, "pattern"), handler));
        }

        /**
         * @param handler runs for link messages
         * @return this builder
         */
        public Builder onLink(MessageHandler<? super LinkMessage> handler) {
            return route(Route.of(LinkMessage.class, handler));
        }

        /**
         * @param handler runs for picture messages
         * @return this builder
         */
        public Builder onPicture(MessageHandler<? super PictureMessage> handler) {
            return route(Route.of(PictureMessage.class, handler));
        }

        /**
         * @param handler runs for video messages
         * @return this builder
         */
        public Builder onVideo(MessageHandler<? super VideoMessage> handler) {
            return route(Route.of(VideoMessage.class, handler));
        }

        /**
         * @param handler runs when a user opens a chat with the bot for the first time
         * @return this builder
         */
        public Builder onStartChatting(MessageHandler<? super StartChattingMessage> handler) {
            return route(Route.of(StartChattingMessage.class, handler));
        }

        /**
         * @param handler runs when a user scans one of the bot's Kik Codes
         * @return this builder
         */
        public Builder onScanData(MessageHandler<? super ScanDataMessage> handler) {
            return route(Route.of(ScanDataMessage.class, handler));
        }

        /**
         * @param handler runs for sticker messages
         * @return this builder
         */
        public Builder onSticker(MessageHandler<? super StickerMessage> handler) {
            return route(Route.of(StickerMessage.class, handler));
        }

        /**
         * @param handler runs for typing notifications (with {@code receiveIsTyping})
         * @return this builder
         */
        public Builder onIsTyping(MessageHandler<? super IsTypingMessage> handler) {
            return route(Route.of(IsTypingMessage.class, handler));
        }

        /**
         * @param handler runs for delivery receipts (with {@code receiveDeliveryReceipts})
         * @return this builder
         */
        public Builder onDeliveryReceipt(MessageHandler<? super DeliveryReceiptMessage> handler) {
            return route(Route.of(DeliveryReceiptMessage.class, handler));
        }

        /**
         * @param handler runs for read receipts (with {@code receiveReadReceipts})
         * @return this builder
         */
        public Builder onReadReceipt(MessageHandler<? super ReadReceiptMessage> handler) {
            return route(Route.of(ReadReceiptMessage.class, handler));
        }

        /**
         * @param handler runs when a user picked friends after a friend-picker response
         * @return this builder
         */
        public Builder onFriendPicker(MessageHandler<? super FriendPickerMessage> handler) {
            return route(Route.of(FriendPickerMessage.class, handler));
        }

        /**
         * @param hook sees, rewrites or drops every message sent by replies and {@link Bot#send}, in the order
         *     hooks were added
         * @return this builder
         */
        public Builder outgoing(OutgoingHook hook) {
            hooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * @param path the webhook's path; {@code /incoming} by default
         * @return this builder
         */
        public Builder incomingPath(String path) {
            this.incomingPath = path(path, "incomingPath");
            return this;
        }

        /**
         * @param path the Kik Code redirect's path; {@code /kik-code.png} by default
         * @return this builder
         */
        public Builder kikCodePath(String path) {
            this.kikCodePath = path(path, "kikCodePath");
            return this;
        }

        /**
         * Turns off the check of {@code X-Kik-Signature}: anyone who can reach the webhook can then post
         * messages as any user. For local tests only; the bot logs a warning when built.
         *
         * @return this builder
         */
        public Builder skipSignatureCheckForTestingOnly() {
            this.verifySignatures = false;
            return this;
        }

        /**
         * @param bytes the largest webhook body accepted; 1 MiB by default, larger ones get 413
         * @return this builder
         */
        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = positive(bytes, "maxBodyBytes");
            return this;
        }

        /**
         * Answers 200 as soon as a webhook request is verified and parsed, and handles its messages
         * afterwards on the bot's own threads, from a queue of at most {@code 1000} requests: past that the
         * webhook answers 503 with {@code Retry-After}, and {@link Bot#close()} handles what was queued. By
         * default every handler finishes, and its replies are sent, before the 200.
         *
         * @return this builder
         */
        public Builder acknowledgeBeforeHandling() {
            return acknowledgeBeforeHandling(1000);
        }

        /**
         * @param queueCapacity the most acknowledged requests waiting to be handled
         * @return this builder
         * @see #acknowledgeBeforeHandling()
         */
        public Builder acknowledgeBeforeHandling(int queueCapacity) {
            this.acknowledgeQueueCapacity = positive(queueCapacity, "queueCapacity");
            this.acknowledgeFirst = true;
            return this;
        }

        /**
         * @param handler receives every handler exception and every message the bot failed to send; by
         *     default each is logged at WARN
         * @return this builder
         */
        public Builder onError(ErrorHandler handler) {
            this.errorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param url the webhook URL {@link Bot#updateConfiguration()} registers
         * @return this builder
         */
        public Builder webhookUrl(String url) {
            this.webhookUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @param baseUrl the bot's public base URL; unless {@link #webhookUrl} is given, the webhook URL is it
         *     plus the incoming path
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            String base = Objects.requireNonNull(baseUrl, "baseUrl");
            this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            return this;
        }

        /**
         * @param features the feature flags {@link Bot#updateConfiguration()} sets; all four off by default
         * @return this builder
         */
        public Builder features(Features features) {
            this.features = Objects.requireNonNull(features, "features");
            return this;
        }

        /**
         * @param keyboard the static keyboard {@link Bot#updateConfiguration()} sets
         * @return this builder
         */
        public Builder staticKeyboard(Keyboard keyboard) {
            this.staticKeyboard = keyboard;
            return this;
        }

        /**
         * @param threads the most connections {@link Bot#serve} serves at once, each on its own thread; more
         *     are answered 503. 128 by default.
         * @return this builder
         */
        public Builder serverThreads(int threads) {
            this.serverThreads = positive(threads, "serverThreads");
            return this;
        }

        /**
         * @param max the most webhook requests being handled at once, in any adapter; more are answered 503
         *     with {@code Retry-After}. 256 by default.
         * @return this builder
         */
        public Builder maxRequestsInFlight(int max) {
            this.maxRequestsInFlight = positive(max, "maxRequestsInFlight");
            return this;
        }

        /**
         * @param timeout how long {@link Bot#serve}'s server waits for a request to arrive once it started;
         *     a slower one gets 408. 10 seconds by default.
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * @param timeout how long {@link Bot#serve}'s server keeps an idle connection open. 30 seconds by
         *     default.
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /**
         * @param delay how long a reply may be held back so that the other replies of the same webhook
         *     request go in the same call; they are sent at once when the handlers return or one of them waits
         *     on a reply. 20 ms by default; zero holds until then.
         * @return this builder
         */
        public Builder maxReplyDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("maxReplyDelay must not be negative, was " + delay);
            }
            this.maxReplyDelay = delay;
            return this;
        }

        /**
         * @param sends the most {@code /v1/message} calls in flight at once; messages waiting meanwhile go
         *     together in the next call. 8 by default.
         * @return this builder
         */
        public Builder maxConcurrentSends(int sends) {
            this.maxConcurrentSends = positive(sends, "maxConcurrentSends");
            return this;
        }

        /**
         * @param messages the most messages waiting to be sent; past that a send fails at once. 10,000 by
         *     default.
         * @return this builder
         */
        public Builder outboxCapacity(int messages) {
            this.outboxCapacity = positive(messages, "outboxCapacity");
            return this;
        }

        /**
         * @param maxEntries the most profiles kept
         * @param ttl how long a profile is kept
         * @return this builder
         */
        public Builder userCache(int maxEntries, Duration ttl) {
            if (maxEntries < 1 || ttl.isNegative()) {
                throw new IllegalArgumentException("the user cache needs a positive size and a duration");
            }
            this.userCacheSize = maxEntries;
            this.userCacheTtl = ttl;
            return this;
        }

        /**
         * @param clock the clock the user cache expires entries by and the log limits its lines by; for tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the bot */
        public Bot build() {
            if (incomingPath.equals(kikCodePath)) {
                throw new IllegalStateException("incomingPath and kikCodePath must differ");
            }
            Optional<String> webhook = Optional.ofNullable(webhookUrl != null ? webhookUrl
                    : baseUrl == null ? null : baseUrl + incomingPath);
            return new Bot(this, new BotOptions(incomingPath, kikCodePath, verifySignatures, maxBodyBytes,
                    acknowledgeFirst, acknowledgeQueueCapacity, serverThreads, maxRequestsInFlight, readTimeout,
                    idleTimeout, maxReplyDelay, maxConcurrentSends, outboxCapacity, webhook, features,
                    Optional.ofNullable(staticKeyboard), userCacheSize, userCacheTtl, errorHandler, clock));
        }

        private Builder route(Route<?> route) {
            routes.add(route);
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        private static String path(String path, String name) {
            Objects.requireNonNull(path, name);
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException(name + " must start with '/', was '" + path + "'");
            }
            return path;
        }
    }
}
