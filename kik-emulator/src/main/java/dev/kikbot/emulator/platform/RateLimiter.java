package dev.kikbot.emulator.platform;

import dev.kikbot.emulator.RateLimits;
import dev.kikbot.emulator.http.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the {@link RateLimits}: a budget per (bot, user) pair, and a count per bot of the messages sent in
 * the current second of the clock. A request is charged whole or not at all, so a refused one costs nothing.
 * The budgets live in memory: a restart gives every pair its full budget back.
 */
public final class RateLimiter {

    /**
     * One message to charge.
     *
     * @param index its position in the request, for the error message
     * @param user its recipient
     */
    public record Charge(int index, String user) {
    }

    private final RateLimits limits;
    private final Clock clock;
    private final Map<String, Integer> spent = new HashMap<>();
    private final Map<String, long[]> seconds = new HashMap<>(); // bot -> {second, messages sent in it}

    public RateLimiter(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Charges a request's messages to the bot, or refuses them all.
     *
     * @throws ApiError 429 naming the limit; with {@code Retry-After} when the next second lets them through
     */
    public synchronized void charge(String bot, List<Charge> charges) {
        Map<String, Integer> perUser = new LinkedHashMap<>();
        if (limits.perUserBudget() > 0) {
            for (Charge charge : charges) {
                int total = perUser.merge(charge.user(), 1, Integer::sum);
                if (spent(bot, charge.user()) + total > limits.perUserBudget()) {
                    throw ApiError.tooManyRequests("messages[" + charge.index() + "].to: the bot has no budget left"
                            + " for '" + charge.user() + "' (" + limits.perUserBudget() + " messages, and one back"
                            + " for each message the user sends)", null);
                }
            }
        }
        long now = clock.millis();
        long[] second = seconds.computeIfAbsent(bot, b -> new long[2]);
        if (second[0] != now / 1000) {
            second[0] = now / 1000;
            second[1] = 0;
        }
        if (limits.perSecond() > 0 && second[1] + charges.size() > limits.perSecond()) {
            boolean waitingHelps = charges.size() <= limits.perSecond();
            throw ApiError.tooManyRequests("The bot may send " + limits.perSecond() + " messages per second; "
                    + (waitingHelps ? "this request's " + charges.size() + " would go over it"
                            : "this request has " + charges.size()),
                    waitingHelps ? Duration.ofMillis(1000 - now % 1000) : null);
        }
        second[1] += charges.size();
        perUser.forEach((user, count) -> spent.merge(key(bot, user), count, Integer::sum));
    }

    /** A message from the user gives the bot one message back, up to the budget. */
    public synchronized void refund(String bot, String user) {
        spent.computeIfPresent(key(bot, user), (k, used) -> used > 1 ? used - 1 : null);
    }

    /** Gives every pair its full budget back. */
    public synchronized void clear() {
        spent.clear();
        seconds.clear();
    }

    private int spent(String bot, String user) {
        return spent.getOrDefault(key(bot, user), 0);
    }

    private static String key(String bot, String user) {
        return bot + '\n' + user;
    }
}
