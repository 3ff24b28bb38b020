package dev.kikbot.emulator.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.MessageFeed;
import dev.kikbot.emulator.store.ApiCall;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records the sends the emulator refuses, so that the web page can show, in the chat, why Kik would not take
 * a bot's message. A refusal concerns the chats its messages name by {@code chatId}, or else the direct chat
 * of each {@code to}, when those are the bot's.
 */
final class Refusals {

    private final Store store;
    private final MessageFeed feed;
    private final Clock clock;

    Refusals(Store store, MessageFeed feed, Clock clock) {
        this.store = store;
        this.feed = feed;
        this.clock = clock;
    }

    /** Records the refusal of a bot's call; the body is what it sent, possibly not JSON at all. */
    void record(String bot, String path, byte[] body, ApiError error) {
        String answer = Json.object().put("error", error.error()).put("message", error.getMessage()).toString();
        ApiCall call = new ApiCall(bot, clock.millis(), "POST", path, error.status(),
                new String(body, StandardCharsets.UTF_8), Optional.of(answer));
        feed.refused(store.addRefusal(call, chatsOf(bot, body)));
    }

    private List<String> chatsOf(String bot, byte[] body) {
        Set<String> chats = new LinkedHashSet<>();
        JsonNode messages;
        try {
            messages = Json.requestObject(body).path("messages");
        } catch (ApiError notJson) {
            return List.of();
        }
        for (JsonNode message : messages) {
            JsonNode chatId = message.path("chatId");
            if (chatId.isTextual()) {
                store.chat(chatId.asText()).filter(chat -> chat.bot().equals(bot)).map(Chat::chatId)
                        .ifPresent(chats::add);
            } else if (message.path("to").isTextual()) {
                store.chats(Optional.of(bot), Optional.of(message.path("to").asText())).stream()
                        .filter(chat -> ChatType.DIRECT.value().equals(chat.chatType())).map(Chat::chatId)
                        .forEach(chats::add);
            }
        }
        return List.copyOf(chats);
    }
}
