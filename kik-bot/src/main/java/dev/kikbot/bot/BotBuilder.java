package dev.kikbot.bot;

import dev.kikbot.api.Features;
import dev.kikbot.api.KikApi;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds a {@link Bot}: handlers, outgoing hooks and options. Start from {@link Bot#builder(KikApi)}.
 *
 * <p>Handlers run in the order they are added here. Each option checks its value when set and throws
 * {@link IllegalArgumentException} naming the option, so a mistake fails where it was made.
 */
public final class BotBuilder {

    private final KikApi kik;
    private final List<Route<?>> routes = new ArrayList<>();
    private final List<OutgoingHook> hooks = new ArrayList<>();
    private final BotOptionsDraft options = new BotOptionsDraft();

    BotBuilder(KikApi kik) {
        this.kik = Objects.requireNonNull(kik, "kik");
    }

/**
     * @param handler runs for every message, of any type, including types this library does not know
     * @return this builder
     */
    public BotBuilder use(MessageHandler<Message> handler) {
        return route(Route.of(Message.class, handler));
    }

    /**
     * @param handler runs for every text message
     * @return this builder
     */
    public BotBuilder onText(MessageHandler<? super TextMessage> handler) {
        return route(Route.of(TextMessage.class, handler));
    }

    /**
     * @param body the exact text to match
     * @param handler runs for text messages with exactly that body
     * @return this builder
     */
    public BotBuilder onText(String body, MessageHandler<? super TextMessage> handler) {
        return route(Route.text(Objects.requireNonNull(body, "body"), handler));
    }

    /**
     * @param pattern found anywhere in the body unless anchored; its groups are in {@link Context#match()}
     * @param handler runs for text messages whose body matches
     * @return this builder
     */
    public BotBuilder onText(Pattern pattern, MessageHandler<? super TextMessage> handler) {
        return route(Route.text(Objects.requireNonNull(pattern, "pattern"), handler));
    }

    /**
     * @param handler runs for link messages
     * @return this builder
     */
    public BotBuilder onLink(MessageHandler<? super LinkMessage> handler) {
        return route(Route.of(LinkMessage.class, handler));
    }

    /**
     * @param handler runs for picture messages
     * @return this builder
     */
    public BotBuilder onPicture(MessageHandler<? super PictureMessage> handler) {
        return route(Route.of(PictureMessage.class, handler));
    }

    /**
     * @param handler runs for video messages
     * @return this builder
     */
    public BotBuilder onVideo(MessageHandler<? super VideoMessage> handler) {
        return route(Route.of(VideoMessage.class, handler));
    }

    /**
     * @param handler runs when a user opens a chat with the bot for the first time
     * @return this builder
     */
    public BotBuilder onStartChatting(MessageHandler<? super StartChattingMessage> handler) {
        return route(Route.of(StartChattingMessage.class, handler));
    }

    /**
     * @param handler runs when a user scans one of the bot's Kik Codes
     * @return this builder
     */
    public BotBuilder onScanData(MessageHandler<? super ScanDataMessage> handler) {
        return route(Route.of(ScanDataMessage.class, handler));
    }

    /**
     * @param handler runs for sticker messages
     * @return this builder
     */
    public BotBuilder onSticker(MessageHandler<? super StickerMessage> handler) {
        return route(Route.of(StickerMessage.class, handler));
    }

    /**
     * @param handler runs for typing notifications (with {@code receiveIsTyping})
     * @return this builder
     */
    public BotBuilder onIsTyping(MessageHandler<? super IsTypingMessage> handler) {
        return route(Route.of(IsTypingMessage.class, handler));
    }

    /**
     * @param handler runs for delivery receipts (with {@code receiveDeliveryReceipts})
     * @return this builder
     */
    public BotBuilder onDeliveryReceipt(MessageHandler<? super DeliveryReceiptMessage> handler) {
        return route(Route.of(DeliveryReceiptMessage.class, handler));
    }

    /**
     * @param handler runs for read receipts (with {@code receiveReadReceipts})
     * @return this builder
     */
    public BotBuilder onReadReceipt(MessageHandler<? super ReadReceiptMessage> handler) {
        return route(Route.of(ReadReceiptMessage.class, handler));
    }

    /**
     * @param handler runs when a user picked friends after a friend-picker response
     * @return this builder
     */
    public BotBuilder onFriendPicker(MessageHandler<? super FriendPickerMessage> handler) {
        return route(Route.of(FriendPickerMessage.class, handler));
    }

    /**
     * @param hook sees, rewrites or drops every message sent by replies and {@link Bot#send}, in the order
     *     hooks were added
     * @return this builder
     */
    public BotBuilder outgoing(OutgoingHook hook) {
        hooks.add(Objects.requireNonNull(hook, "hook"));
        return this;
    }

    /**
     * @param path the webhook's path; {@code /incoming} by default
     * @return this builder
     */
    public BotBuilder incomingPath(String path) {
        options.incomingPath(path);
        return this;
    }

    /**
     * @param path the Kik Code redirect's path; {@code /kik-code.png} by default
     * @return this builder
     */
    public BotBuilder kikCodePath(String path) {
        options.kikCodePath(path);
        return this;
    }

    /**
     * Turns off the check of {@code X-Kik-Signature}: anyone who can reach the webhook can then post
     * messages as any user. For local tests only; the bot logs a warning when built.
     *
     * @return this builder
     */
    public BotBuilder skipSignatureCheckForTestingOnly() {
        options.skipSignatureCheck();
        return this;
    }

    /**
     * @param bytes the largest webhook body accepted; 1 MiB by default, larger ones get 413
     * @return this builder
     */
    public BotBuilder maxBodyBytes(int bytes) {
        options.maxBodyBytes(bytes);
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
    public BotBuilder acknowledgeBeforeHandling() {
        return acknowledgeBeforeHandling(1000);
    }

    /**
     * @param queueCapacity the most acknowledged requests not yet settled: waiting to be handled, or
     *     handled with replies still on their way to the API
     * @return this builder
     * @see #acknowledgeBeforeHandling()
     */
    public BotBuilder acknowledgeBeforeHandling(int queueCapacity) {
        options.acknowledgeFirst(queueCapacity);
        return this;
    }

    /**
     * @param handler receives every handler exception and every message the bot failed to send; by
     *     default each is logged at WARN
     * @return this builder
     */
    public BotBuilder onError(ErrorHandler handler) {
        options.errorHandler(handler);
        return this;
    }

    /**
     * @param url the webhook URL {@link Bot#updateConfiguration()} registers
     * @return this builder
     */
    public BotBuilder webhookUrl(String url) {
        options.webhookUrl(url);
        return this;
    }

    /**
     * @param baseUrl the bot's public base URL; unless {@link #webhookUrl} is given, the webhook URL is it
     *     plus the incoming path
     * @return this builder
     */
    public BotBuilder baseUrl(String baseUrl) {
        options.baseUrl(baseUrl);
        return this;
    }

    /**
     * @param features the feature flags {@link Bot#updateConfiguration()} sets; all four off by default
     * @return this builder
     */
    public BotBuilder features(Features features) {
        options.features(features);
        return this;
    }

    /**
     * @param keyboard the static keyboard {@link Bot#updateConfiguration()} sets
     * @return this builder
     */
    public BotBuilder staticKeyboard(Keyboard keyboard) {
        options.staticKeyboard(keyboard);
        return this;
    }

    /**
     * @param threads the most connections {@link Bot#serve} serves at once, each on its own thread; more
     *     are answered 503. 128 by default.
     * @return this builder
     */
    public BotBuilder serverThreads(int threads) {
        options.serverThreads(threads);
        return this;
    }

    /**
     * @param max the most webhook requests being handled at once, in any adapter; more are answered 503
     *     with {@code Retry-After}. 256 by default.
     * @return this builder
     */
    public BotBuilder maxRequestsInFlight(int max) {
        options.maxRequestsInFlight(max);
        return this;
    }

    /**
     * @param timeout how long {@link Bot#serve}'s server waits for a request to arrive once it started;
     *     a slower one gets 408. 10 seconds by default.
     * @return this builder
     */
    public BotBuilder readTimeout(Duration timeout) {
        options.readTimeout(timeout);
        return this;
    }

    /**
     * @param timeout how long {@link Bot#serve}'s server keeps an idle connection open. 30 seconds by
     *     default.
     * @return this builder
     */
    public BotBuilder idleTimeout(Duration timeout) {
        options.idleTimeout(timeout);
        return this;
    }

    /**
     * @param delay how long a reply may be held back so that the other replies of the same webhook
     *     request go in the same call; they are sent at once when the handlers return or one of them waits
     *     on a reply. 20 ms by default; zero holds until then.
     * @return this builder
     */
    public BotBuilder maxReplyDelay(Duration delay) {
        options.maxReplyDelay(delay);
        return this;
    }

    /**
     * @param sends the most {@code /v1/message} calls in flight at once; messages waiting meanwhile go
     *     together in the next call. 8 by default.
     * @return this builder
     */
    public BotBuilder maxConcurrentSends(int sends) {
        options.maxConcurrentSends(sends);
        return this;
    }

    /**
     * @param messages the most messages waiting to be sent; past that a send fails at once. 10,000 by
     *     default.
     * @return this builder
     */
    public BotBuilder outboxCapacity(int messages) {
        options.outboxCapacity(messages);
        return this;
    }

    /**
     * @param maxEntries the most profiles kept
     * @param ttl how long a profile is kept
     * @return this builder
     */
    public BotBuilder userCache(int maxEntries, Duration ttl) {
        options.userCache(maxEntries, ttl);
        return this;
    }

    /**
     * @param clock the clock the user cache expires entries by and the log limits its lines by; for tests
     * @return this builder
     */
    public BotBuilder clock(Clock clock) {
        options.clock(clock);
        return this;
    }

    /**
     * @return the bot
     * @throws IllegalStateException if {@link #incomingPath} and {@link #kikCodePath} are the same
     */
    public Bot build() {
        return new Bot(kik, routes, hooks, options.freeze());
    }

    private BotBuilder route(Route<?> route) {
        routes.add(route);
        return this;
    }
}
