package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import java.util.Optional;

/**
 * Sees every message the bot sends through {@link Context#reply} or {@link Bot#send} (not broadcasts),
 * before it is batched: it may return it unchanged, return a rewritten message, or drop it.
 */
@FunctionalInterface
public interface OutgoingHook {

    /**
     * @param message a message about to be sent, with {@code to} (and {@code chatId} for replies) set
     * @return the message to send instead, or empty to drop it
     */
    Optional<Message> apply(Message message);
}
