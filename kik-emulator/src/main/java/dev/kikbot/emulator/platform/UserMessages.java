package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a simulated user says in a chat, in Bot API JSON: checked and parsed, then handed to {@link Inbound},
 * which fills in what the platform fills in ({@code id}, {@code chatId}, {@code timestamp},
 * {@code participants}, {@code chatType}, {@code readReceiptRequested}, {@code mention}) and commits it.
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

    private final Inbound inbound;

    public UserMessages(Inbound inbound) {
        this.inbound = inbound;
    }

    /**
     * @param chat the chat the user writes in
     * @param body the message in Bot API form, with {@code from}, and in a group {@code mention} to reach the bot
     * @return the message's JSON exactly as the bot's webhook receives it
     * @throws ApiError 400 naming the field at fault
     */
    public String send(Chat chat, ObjectNode body) {
        String from = Chats.participant(chat, body, "from");
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
        boolean mentionsBot = mentionsBot(chat, body);
        ObjectNode fields = body.deepCopy();
        fields.remove(FILLED);
        Message parsed;
        try {
            parsed = Messages.messageFromJson(new String(Json.bytes(fields), StandardCharsets.UTF_8));
        } catch (KikParseException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        return inbound.accept(chat, from, parsed, mentionsBot);
    }

    /**
     * In a group, {@code mention} names the bot or is absent; in a direct chat it is ignored, as it was before
     * groups existed (the bot is always addressed there).
     */
    private static boolean mentionsBot(Chat chat, ObjectNode body) {
        if (!ChatType.of(chat.chatType()).isGroup()) {
            return false;
        }
        return Json.optionalString(body, "mention").map(name -> {
            if (!name.equals(chat.bot())) {
                throw ApiError.badRequest("mention: only the group's bot '" + chat.bot() + "' can be mentioned,"
                        + " not '" + name + "'");
            }
            return true;
        }).orElse(false);
    }
}
