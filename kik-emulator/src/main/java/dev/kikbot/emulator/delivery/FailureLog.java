package dev.kikbot.emulator.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs failed deliveries at WARN, at most once per bot per minute, counting the ones it kept quiet: a bot that
 * is down for an hour gets a line a minute, not one per retry. Every attempt is in the store anyway.
 */
final class FailureLog {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final Duration QUIET = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, long[]> bots = new HashMap<>(); // bot -> {when last logged, failures not logged}

    FailureLog(Clock clock) {
        this.clock = clock;
    }

    synchronized void failed(String bot, String webhook, String why, Duration retryIn) {
        long now = clock.millis();
        long[] state = bots.get(bot);
        if (state != null && now - state[0] < QUIET.toMillis()) {
            state[1]++;
            return;
        }
        long quiet = state == null ? 0 : state[1];
        bots.put(bot, new long[] {now, 0});
        LOG.warn("Delivery to bot {} at {} failed: {}; retrying in {} ms{}", bot, webhook, why, retryIn.toMillis(),
                quiet == 0 ? "" : " (" + quiet + " more failures since the last line)");
    }

    synchronized void delivered(String bot) {
        bots.remove(bot);
    }
}
