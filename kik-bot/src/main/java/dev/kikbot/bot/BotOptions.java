package dev.kikbot.bot;

import dev.kikbot.api.Features;
import dev.kikbot.api.message.Keyboard;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything {@link Bot.Builder} sets besides handlers and hooks, frozen. Defaults and their reasons are on
 * the builder's methods.
 */
record BotOptions(
        String incomingPath,
        String kikCodePath,
        boolean verifySignatures,
        int maxBodyBytes,
        boolean acknowledgeFirst,
        int acknowledgeQueueCapacity,
        int serverThreads,
        int maxRequestsInFlight,
        Duration readTimeout,
        Duration idleTimeout,
        Duration maxReplyDelay,
        int maxConcurrentSends,
        int outboxCapacity,
        Optional<String> webhookUrl,
        Features features,
        Optional<Keyboard> staticKeyboard,
        int userCacheSize,
        Duration userCacheTtl,
        ErrorHandler errorHandler,
        Clock clock) {
}
