package dev.kikbot.bot;

import dev.kikbot.api.Features;
import dev.kikbot.api.message.Keyboard;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The options {@link BotBuilder} has set so far: the defaults, the rule each value must follow, and the
 * freeze into {@link BotOptions}. The builder documents each option; this class keeps it honest, so that a
 * bad value fails at the call that set it, naming the option.
 */
final class BotOptionsDraft {

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

    void incomingPath(String path) {
        incomingPath = path(path, "incomingPath");
    }

    void kikCodePath(String path) {
        kikCodePath = path(path, "kikCodePath");
    }

    void skipSignatureCheck() {
        verifySignatures = false;
    }

    void maxBodyBytes(int bytes) {
        maxBodyBytes = positive(bytes, "maxBodyBytes");
    }

    void acknowledgeFirst(int queueCapacity) {
        acknowledgeQueueCapacity = positive(queueCapacity, "queueCapacity");
        acknowledgeFirst = true;
    }

    void errorHandler(ErrorHandler handler) {
        errorHandler = Objects.requireNonNull(handler, "handler");
    }

    void webhookUrl(String url) {
        webhookUrl = Objects.requireNonNull(url, "url");
    }

    void baseUrl(String url) {
        String base = Objects.requireNonNull(url, "baseUrl");
        baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    void features(Features value) {
        features = Objects.requireNonNull(value, "features");
    }

    void staticKeyboard(Keyboard keyboard) {
        staticKeyboard = keyboard;
    }

    void serverThreads(int threads) {
        serverThreads = positive(threads, "serverThreads");
    }

    void maxRequestsInFlight(int max) {
        maxRequestsInFlight = positive(max, "maxRequestsInFlight");
    }

    void readTimeout(Duration timeout) {
        readTimeout = positive(timeout, "readTimeout");
    }

    void idleTimeout(Duration timeout) {
        idleTimeout = positive(timeout, "idleTimeout");
    }

    void maxReplyDelay(Duration delay) {
        // Zero is allowed: it holds replies until the handlers return or one of them waits on a reply.
        if (delay.isNegative()) {
            throw new IllegalArgumentException("maxReplyDelay must not be negative, was " + delay);
        }
        maxReplyDelay = delay;
    }

    void maxConcurrentSends(int sends) {
        maxConcurrentSends = positive(sends, "maxConcurrentSends");
    }

    void outboxCapacity(int messages) {
        outboxCapacity = positive(messages, "outboxCapacity");
    }

    void userCache(int maxEntries, Duration ttl) {
        if (maxEntries < 1 || ttl.isNegative()) {
            throw new IllegalArgumentException("the user cache needs a positive size and a duration");
        }
        userCacheSize = maxEntries;
        userCacheTtl = ttl;
    }

    void clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
    }

    /**
     * Checks what only the options together can break, and derives the webhook URL.
     *
     * @throws IllegalStateException if both routes have the same path
     */
    BotOptions freeze() {
        if (incomingPath.equals(kikCodePath)) {
            throw new IllegalStateException("incomingPath and kikCodePath must differ");
        }
        Optional<String> webhook = Optional.ofNullable(webhookUrl != null ? webhookUrl
                : baseUrl == null ? null : baseUrl + incomingPath);
        return new BotOptions(incomingPath, kikCodePath, verifySignatures, maxBodyBytes, acknowledgeFirst,
                acknowledgeQueueCapacity, serverThreads, maxRequestsInFlight, readTimeout, idleTimeout,
                maxReplyDelay, maxConcurrentSends, outboxCapacity, webhook, features,
                Optional.ofNullable(staticKeyboard), userCacheSize, userCacheTtl, errorHandler, clock);
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
