package dev.kikbot.emulator.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A message about to be stored.
 *
 * @param user the sender of a message to the bot, or the recipient of the bot's message
 * @param botJson the Bot API JSON: for a message to the bot, exactly what its webhook receives
 * @param coreJson the CoreMessage as proto3 JSON (bot messages)
 * @param coreProto the CoreMessage's protobuf bytes (bot messages)
 * @param deliver whether it goes to the bot's webhook: put in the outbox in the same transaction
 * @param byPlatform whether the platform sent it in the bot's name rather than the bot itself
 * @param read a user's message marked read on the bot's side as it is stored (automatic read receipts)
 */
public record NewMessage(String chatId, String bot, Direction direction, String messageId, String user,
        String type, String botJson, Optional<String> coreJson, Optional<byte[]> coreProto, long createdAt,
        boolean deliver, boolean byPlatform, Optional<StoredMessage.Read> read) {

    /** Checks that every field is given (optional ones as empty). */
    public NewMessage {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(botJson, "botJson");
        Objects.requireNonNull(coreJson, "coreJson");
        Objects.requireNonNull(coreProto, "coreProto");
        Objects.requireNonNull(read, "read");
    }

    /** A message a bot or a user sent, not the platform. */
    public NewMessage(String chatId, String bot, Direction direction, String messageId, String user, String type,
            String botJson, Optional<String> coreJson, Optional<byte[]> coreProto, long createdAt, boolean deliver) {
        this(chatId, bot, direction, messageId, user, type, botJson, coreJson, coreProto, createdAt, deliver, false,
                Optional.empty());
    }

    /** @return this message, marked read as it is stored: by {@code platform}, or by {@code bot} */
    public NewMessage readBy(String by, long at) {
        return new NewMessage(chatId, bot, direction, messageId, user, type, botJson, coreJson, coreProto, createdAt,
                deliver, byPlatform, Optional.of(new StoredMessage.Read(by, at)));
    }

    /** @return a message to the bot, delivered to its webhook unless {@code deliver} is false */
    public static NewMessage toBot(String chatId, String bot, String messageId, String from, String type,
            String webhookJson, long createdAt, boolean deliver) {
        return new NewMessage(chatId, bot, Direction.TO_BOT, messageId, from, type, webhookJson, Optional.empty(),
                Optional.empty(), createdAt, deliver);
    }

    /**
     * @return a message the platform sent to a user in the bot's name, kept in the chat's history and never
     *     delivered to the bot
     */
    public static NewMessage byPlatform(String chatId, String bot, String messageId, String to, String type,
            String botJson, Optional<String> coreJson, long createdAt) {
        return new NewMessage(chatId, bot, Direction.FROM_BOT, messageId, to, type, botJson, coreJson,
                Optional.empty(), createdAt, false, true, Optional.empty());
    }
}
