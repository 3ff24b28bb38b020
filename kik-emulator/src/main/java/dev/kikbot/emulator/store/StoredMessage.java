package dev.kikbot.emulator.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A message as stored, with where its delivery stands.
 *
 * @param seq its place in the emulator's history: larger is later, across all chats
 * @param attempts how many webhook requests carried it so far
 * @param deliveredAt when the bot's webhook accepted it (messages to the bot)
 * @param pending whether it waits in the outbox
 * @param byPlatform whether the platform sent it in the bot's name (see {@link NewMessage#byPlatform})
 * @param read when and by whom a user's message was marked read on the bot's side
 */
public record StoredMessage(long seq, String chatId, String bot, Direction direction, String messageId,
        String user, String type, String botJson, Optional<String> coreJson, long createdAt, int attempts,
        OptionalLong deliveredAt, boolean pending, boolean byPlatform, Optional<Read> read) {

    /**
     * A user's message marked read.
     *
     * @param by {@code platform} (automatic read receipts) or {@code bot} (a read-receipt the bot sent)
     */
    public record Read(String by, long at) {
    }


    /** Checks that every field is given (optional ones as empty). */
    public StoredMessage {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(botJson, "botJson");
        Objects.requireNonNull(coreJson, "coreJson");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
