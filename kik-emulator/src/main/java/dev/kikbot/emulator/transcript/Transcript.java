package dev.kikbot.emulator.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Direction;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chat written down: its bot, type and participants, and every message both ways, in the versioned JSON
 * format documented in {@code docs/emulator.md}. {@link #toJson} writes it; {@link #fromJson} reads one back
 * for a replay, refusing what is not this format.
 *
 * @param messages in the order they were stored
 */
public record Transcript(String bot, String chatType, List<String> participants, List<Entry> messages) {

    /** What {@code format} says in every transcript. */
    public static final String FORMAT = "kik-emulator-transcript";
    /** The version this emulator writes and reads. */
    public static final int VERSION = 1;

    /**
     * One message of the chat.
     *
     * @param byPlatform whether the platform sent it in the bot's name
     * @param message its Bot API JSON: for messages to the bot, what the webhook received
     */
    public record Entry(long seq, long time, Direction direction, boolean byPlatform, ObjectNode message) {
    }

    /** Checks the fields and freezes the lists. */
    public Transcript {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(chatType, "chatType");
        participants = List.copyOf(participants);
        messages = List.copyOf(messages);
    }

    /** @return the transcript of a chat as the store has it now */
    public static Transcript of(Chat chat, Store store) {
        List<StoredMessage> stored = History.after(store, chat.chatId(), 0);
        List<Entry> entries = new ArrayList<>(stored.size());
        for (StoredMessage m : stored) {
            entries.add(new Entry(m.seq(), m.createdAt(), m.direction(), m.byPlatform(),
                    (ObjectNode) Json.tree(m.botJson())));
        }
        return new Transcript(chat.bot(), chat.chatType(), chat.participants(), entries);
    }

    /** @return the transcript file's JSON */
    public ObjectNode toJson(long exportedAt) {
        ObjectNode node = Json.object().put("format", FORMAT).put("version", VERSION).put("bot", bot)
                .put("chatType", chatType);
        ArrayNode people = node.putArray("participants");
        participants.forEach(people::add);
        node.put("exportedAt", exportedAt);
        ArrayNode list = node.putArray("messages");
        for (Entry e : messages) {
            ObjectNode entry = list.addObject().put("seq", e.seq()).put("time", e.time())
                    .put("direction", e.direction().wire()).put("byPlatform", e.byPlatform());
            entry.set("message", e.message());
        }
        return node;
    }

    /**
     * @throws ApiError 400 naming the field that is not as this format writes it
     */
    public static Transcript fromJson(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw ApiError.badRequest("transcript: is required (an object, as GET /chats/{chatId}/transcript writes)");
        }
        if (!FORMAT.equals(object.path("format").asText()) || object.path("version").asInt() != VERSION) {
            throw ApiError.badRequest("transcript.format: this emulator reads '" + FORMAT + "' version " + VERSION);
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode list = object.path("messages");
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = "transcript.messages[" + i + "]";
            if (!(e.get("message") instanceof ObjectNode message) || !e.path("direction").isTextual()) {
                throw ApiError.badRequest(at + ": needs a direction and a message object");
            }
            Direction direction;
            try {
                direction = Direction.ofWire(e.get("direction").asText());
            } catch (IllegalArgumentException notDirection) {
                throw ApiError.badRequest(at + ".direction: is to-bot or from-bot");
            }
            entries.add(new Entry(e.path("seq").asLong(), e.path("time").asLong(), direction,
                    e.path("byPlatform").asBoolean(), message));
        }
        return new Transcript(Json.requiredString(object, "bot"), Json.requiredString(object, "chatType"),
                Json.requiredStrings(object, "participants"), entries);
    }
}
