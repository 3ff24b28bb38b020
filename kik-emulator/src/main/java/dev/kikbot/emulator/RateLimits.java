package dev.kikbot.emulator;

/**
 * The Bot API's rate limits, as Kik's blog described them. Each (bot, user) pair has a budget: every message
 * the bot sends the user costs one, every message the user sends refunds one, up to the budget. And each bot
 * may send at most so many messages per second in all. Either limit is off at 0.
 *
 * @param perUserBudget the budget of each (bot, user) pair; Kik's was 20
 * @param perSecond the messages a bot may send per second, to all users together; Kik's number was not
 *     published, and {@link #kik()} takes 100
 */
public record RateLimits(int perUserBudget, int perSecond) {

    /** Checks that neither limit is negative. */
    public RateLimits {
        if (perUserBudget < 0 || perSecond < 0) {
            throw new IllegalArgumentException("rate limits are 0 (off) or positive: " + perUserBudget + ", "
                    + perSecond);
        }
    }

    /** @return Kik's limits: a budget of 20 per user and 100 messages per second per bot */
    public static RateLimits kik() {
        return new RateLimits(20, 100);
    }

    /** @return no limits, for load tests */
    public static RateLimits off() {
        return new RateLimits(0, 0);
    }
}
