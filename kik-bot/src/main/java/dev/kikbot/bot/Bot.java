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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 *         .build();
 * bot.serve(8080);
 * }</pre>
 *
 * <p>Handlers run in the order they were registered; each message goes down the chain until a handler
 * replies, ignores it, or returns without {@link Context#next()}. Types this library does not know reach
 * only {@link Builder#use} handlers. A handler that throws is logged with the message id; the other
 * messages of the same request are still handled.
 */
public final class Bot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final KikApi kik;
    private final List<Route<?>> routes;
    private final List<OutgoingHook> hooks;
    private final String incomingPath;
    private final String kikCodePath;
    private final boolean verifySignatures;
    private final int maxBodyBytes;
    private final boolean acknowledgeFirst;
    private final ExecutorService dispatcher;
    private final String webhookUrl;
    private final Features features;
    private final Keyboard staticKeyboard;
    private final int serverThreads;
    private final UserCache users;
    private final WebhookHandler webhook;
    private final List<BotServer> servers = new CopyOnWriteArrayList<>();

    private Bot(Builder builder) {
        this.kik = builder.kik;
        this.routes = List.copyOf(builder.routes);
        this.hooks = List.copyOf(builder.hooks);
        this.incomingPath = builder.incomingPath;
        this.kikCodePath = builder.kikCodePath;
        this.verifySignatures = builder.verifySignatures;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.acknowledgeFirst = builder.acknowledgeFirst;
        this.dispatcher = acknowledgeFirst
                ? Executors.newFixedThreadPool(builder.serverThreads, daemon("kik-bot-dispatch")) : null;
        this.webhookUrl = builder.webhookUrl != null ? builder.webhookUrl
                : builder.baseUrl == null ? null : builder.baseUrl + incomingPath;
        this.features = builder.features;
        this.staticKeyboard = builder.staticKeyboard;
        this.serverThreads = builder.serverThreads;
        this.users = new UserCache(builder.userCacheSize, builder.userCacheTtl, builder.clock, kik::getUserAsync);
        this.webhook = new WebhookHandler(this);
        if (!verifySignatures) {
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
     * Serves the webhook on the JDK's HTTP server, on all interfaces.
     *
     * @param port the port; 0 for any free one
     * @return the running server; {@link BotServer#close()} (or this bot's {@link #close()}) stops it
     */
    public BotServer serve(int port) {
        return serve(new InetSocketAddress(port));
    }

    /**
     * @param address the address and port to listen on
     * @return the running server
     */
    public BotServer serve(InetSocketAddress address) {
        try {
            BotServer server = BotServer.start(webhook, address, serverThreads);
            servers.add(server);
            LOG.info("Bot {} listening on {}{}", username(), server.url(), incomingPath);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on " + address, e);
        }
    }

    /**
     * Sends messages through the outgoing hooks, outside any webhook request.
     *
     * @param messages messages with {@code to} set
     * @return completes when all were accepted or dropped by a hook
     */
    public CompletableFuture<Void> send(List<? extends Message> messages) {
        return ReplyBatch.sendNow(kik, hooks, List.copyOf(messages));
    }

    /**
     * @param messages messages with {@code to} set
     * @return completes when all were accepted or dropped by a hook
     */
    public CompletableFuture<Void> send(Message... messages) {
        return send(List.of(messages));
    }

    /**
     * Sends the same messages to many users through {@code /v1/broadcast}, in requests of at most 100. The
     * outgoing hooks are not run, as in kik-node.
     *
     * @param messages the messages, without {@code to}
     * @param recipients the usernames to send them to; each gets every message, in order
     * @return completes when all were accepted; fails with {@link dev.kikbot.api.KikValidationException}
     *     for an invalid username
     * @throws IllegalArgumentException if there are no recipients
     */
    public CompletableFuture<Void> broadcast(List<? extends Message> messages, List<String> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("You must specify a recipient to send a message");
        }
        List<Message> addressed = new ArrayList<>();
        for (String recipient : recipients) {
            for (Message message : messages) {
                addressed.add(message.toBuilder().to(recipient).build());
            }
        }
        return kik.sendBroadcastAsync(addressed);
    }

    /** @return the configuration {@link #updateConfiguration()} sets: webhook, all four flags, static keyboard */
    public Configuration configuration() {
        if (webhookUrl == null) {
            throw new IllegalStateException("no webhook URL: set Builder.webhookUrl(...) or Builder.baseUrl(...)");
        }
        return Configuration.builder().webhook(webhookUrl).features(features).staticKeyboard(staticKeyboard).build();
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

    /** Stops the servers this bot started, letting requests in progress finish. */
    @Override
    public void close() {
        servers.forEach(BotServer::close);
        servers.clear();
        if (dispatcher != null) {
            dispatcher.shutdown();
        }
    }

    // Used by WebhookHandler.

    String incomingPath() {
        return incomingPath;
    }

    String kikCodePath() {
        return kikCodePath;
    }

    boolean verifiesSignatures() {
        return verifySignatures;
    }

    int maxBodyBytes() {
        return maxBodyBytes;
    }

    boolean acknowledgesFirst() {
        return acknowledgeFirst;
    }

    void dispatchLater(List<Message> messages) {
        dispatcher.execute(() -> dispatch(messages));
    }

    /** Runs every message down the chain, then sends the replies made, batched. */
    void dispatch(List<Message> messages) {
        ReplyBatch batch = new ReplyBatch(kik, hooks);
        for (Message message : messages) {
            Context context = new Context(this, message, batch);
            try {
                for (Route<?> route : routes) {
                    var match = route.match(message);
                    if (match.isEmpty()) {
                        continue;
                    }
                    context.enter(match.get().orElse(null));
                    route.run(message, context);
                    if (!context.continues()) {
                        break;
                    }
                }
            } catch (Exception e) {
                LOG.error("Handler failed on {} message {} from {}", message.type(), message.id().orElse("(no id)"),
                        message.from().orElse("(unknown)"), e);
            }
        }
        batch.flush();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
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
        private String webhookUrl;
        private String baseUrl;
        private Features features = Features.builder().manuallySendReadReceipts(false).receiveReadReceipts(false)
                .receiveDeliveryReceipts(false).receiveIsTyping(false).build();
        private Keyboard staticKeyboard;
        private int serverThreads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        private int userCacheSize = 1000;
        private Duration userCacheTtl = Duration.ofMinutes(10);
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
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * Answers 200 as soon as a webhook request is verified and parsed, and handles its messages
         * afterwards on the bot's own threads. By default every handler finishes before the 200.
         *
         * @return this builder
         */
        public Builder acknowledgeBeforeHandling() {
            this.acknowledgeFirst = true;
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
         * @param threads threads serving webhook requests (and handling them, with asynchronous
         *     acknowledgement)
         * @return this builder
         */
        public Builder serverThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("serverThreads must be positive");
            }
            this.serverThreads = threads;
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
         * @param clock the clock the user cache expires entries by; for tests
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
            return new Bot(this);
        }

        private Builder route(Route<?> route) {
            routes.add(route);
            return this;
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
