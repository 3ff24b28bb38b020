package dev.kikbot.emulator.store;

import java.util.List;
import java.util.Objects;

/**
 * A conversation between a bot and users.
 *
 * @param chatType {@code direct}, {@code private} or {@code public}, as the webhook's {@code chatType}
 * @param participants the users in it, in the order they joined (the bot is not one of them)
 * @param createdAt when it was opened, in milliseconds since the epoch
 */
public record Chat(String chatId, String bot, String chatType, List<String> participants, long createdAt) {

    /** Checks the fields and freezes the participants. */
    public Chat {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(chatType, "chatType");
        participants = List.copyOf(participants);
    }

    /** @return whether the user is in this chat */
    public boolean hasParticipant(String username) {
        return participants.contains(username);
    }
}
