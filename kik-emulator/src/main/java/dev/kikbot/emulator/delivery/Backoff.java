package dev.kikbot.emulator.delivery;

import java.time.Duration;

/**
 * How long a failing bot waits before its next delivery: {@code first}, doubled after each failure in a row,
 * at most {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    /** Checks that the waits are positive and in order. */
    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max: " + first + ", " + max);
        }
    }

    /** @return 1 s, doubling up to 30 s: quick while a developer restarts a bot, quiet while it stays down */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** @return the wait after {@code failures} failures in a row (1 or more) */
    public Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
