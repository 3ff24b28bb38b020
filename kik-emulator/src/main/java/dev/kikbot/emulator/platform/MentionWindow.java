package dev.kikbot.emulator.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a bot may speak in a group: Kik let a bot address a group only for two minutes after it was
 * mentioned there (spec §7.1, the blog on mentions). The last mention of each group is kept in memory, like
 * the rate budgets: after a restart a bot waits for its next mention.
 */
public final class MentionWindow {

    /** How long after a mention the bot may answer the group. */
    public static final Duration LENGTH = Duration.ofMinutes(2);

    private final Clock clock;
    private final Map<String, Long> lastMention = new ConcurrentHashMap<>();

    public MentionWindow(Clock clock) {
        this.clock = clock;
    }

    /** Records that the bot was mentioned in the group now. */
    public void mentioned(String chatId) {
        lastMention.put(chatId, clock.millis());
    }

    /**
     * @return empty if the bot may send to the group now; otherwise why not, to put in a 400
     */
    public Optional<String> closed(String chatId) {
        Long at = lastMention.get(chatId);
        if (at == null) {
            return Optional.of("the bot may answer a group only within " + LENGTH.toMinutes()
                    + " minutes of being mentioned there, and it was never mentioned in this one");
        }
        long ago = clock.millis() - at;
        if (ago <= LENGTH.toMillis()) {
            return Optional.empty();
        }
        return Optional.of("the bot may answer a group only within " + LENGTH.toMinutes()
                + " minutes of being mentioned there, and its last mention was " + ago / 1000 + " s ago");
    }

    /** Forgets every mention. */
    public void clear() {
        lastMention.clear();
    }
}
