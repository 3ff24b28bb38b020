package dev.kikbot.bot;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.Features;
import dev.kikbot.api.message.Keyboard;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything {@link BotBuilder} sets besides handlers and hooks, frozen. Defaults and their reasons are on
 * the builder's methods; the rules are in {@link BotOptionsDraft}.
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

    /**
     * @return what {@link Bot#updateConfiguration()} registers: webhook, all four flags, static keyboard
     * @throws IllegalStateException without a webhook URL, which the API requires
     */
    Configuration configuration() {
        String webhook = webhookUrl.orElseThrow(() -> new IllegalStateException(
                "no webhook URL: set BotBuilder.webhookUrl(...) or BotBuilder.baseUrl(...)"));
        return Configuration.builder().webhook(webhook).features(features)
                .staticKeyboard(staticKeyboard.orElse(null)).build();
    }
}
