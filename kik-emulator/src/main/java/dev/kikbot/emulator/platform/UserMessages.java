package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.NewMessage;
import dev.kikbot.emulator.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a simulated user says in a chat: checked, completed with what the platform fills in ({@code id},
 * {@code chatId}, {@code timestamp}, {@code participants}, {@code chatType}, {@code readReceiptRequested},
 * {@code mention}), and committed to the outbox before the caller gets its answer.
 */
public final class UserMessages {

    /** The types a user sends, each with the fields it cannot do without and the JSON kind of each. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "text", List.of("body"),
            "link", List.of("url"),
            "picture", List.of("picUrl"),
            "video", List.of("videoUrl"),
            "sticker", List.of("stickerPackId", "stickerUrl"),
            IsTypingMessage.TYPE, List.of("isTyping"),
            "friend-picker", List.of("picked"));
    /** Filled by the platform: what a caller puts there is replaced. */
    private static final List<String> FILLED = List.of("id", "chatId", "timestamp", "participants", "chatType",
            "readReceiptRequested", "mention", "to", "delay");

    private final Store store;
    private final Clock clock;
    private final RateLimiter limiter;
    private final MessageFeed feed;
    private final Consumer<String> mail;

    public UserMessages(Store store, Clock clock, RateLimiter limiter, MessageFeed feed, Consumer<String> mail) {
        this.store = store;
        this.clock = clock;
        this.limiter = limiter;
        this.feed = feed;
        this.mail = mail;
    }

    /**
     * @param chat the chat the user writes in
     * @param body the message in Bot API form, with {@code from}
     * @return the message's JSON exactly as the bot's webhook receives it
     * @throws ApiError 400 naming the field at fault
     */
    public String send(Chat chat, ObjectNode body) {
        String from = Json.requiredString(body, "from");
        if (!chat.hasParticipant(from)) {
            throw ApiError.badRequest("from: '" + from + "' is not in chat " + chat.chatId());
        }
        String type = Json.requiredString(body, "type");
        List<String> required = REQUIRED.get(type);
        if (required == null) {
            throw ApiError.badRequest("type: '" + type + "' is not a type users send; one of "
                    + REQUIRED.keySet().stream().sorted().toList());
        }
        for (String field : required) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
                throw ApiError.badRequest(field + ": is required in a " + type + " message");
            }
        }
        ObjectNode fields = body.deepCopy();
        fields.remove(FILLED);
        Message parsed;
        try {
            parsed = Messages.messageFromJson(new String(Json.bytes(fields), java.nio.charset.StandardCharsets.UTF_8));
        } catch (KikParseException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        long now = clock.millis();
        String messageId = UUID.randomUUID().toString();
        Message message = parsed.toBuilder().id(messageId).chatId(chat.chatId()).from(from)
                .participants(chat.participants()).timestamp(now).readReceiptRequested(true)
                .chatType(ChatType.of(chat.chatType())).build();
        String json = WebhookJson.write(message);
        boolean typing = IsTypingMessage.TYPE.equals(type);
        boolean deliver = !typing || receivesIsTyping(chat.bot());
        store.append(List.of(NewMessage.toBot(chat.chatId(), chat.bot(), messageId, from, type, json, now, deliver)));
        if (!typing) {
            limiter.refund(chat.bot(), from); // typing is not a message: it gives no budget back
        }
        feed.published(chat.chatId());
        if (deliver) {
            mail.accept(chat.bot());
        }
        return json;
    }

    private boolean receivesIsTyping(String bot) {
        return store.bot(bot).map(BotAccount::configuration).map(config -> config.features().receiveIsTyping())
                .orElse(false);
    }
}
