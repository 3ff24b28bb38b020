package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.DeliveryAttempt;
import dev.kikbot.emulator.store.Direction;
import dev.kikbot.emulator.store.SimUser;
import dev.kikbot.emulator.store.StoredMessage;
import java.util.List;

/** The control API's JSON of each thing it shows. Absent optional fields are {@code null}, never missing. */
final class Views {

    private Views() {
    }

    static ObjectNode bot(BotAccount bot) {
        ObjectNode node = Json.object().put("username", bot.username()).put("apiKey", bot.apiKey());
        node.put("webhook", bot.webhook().orElse(null));
        return node;
    }

    static ObjectNode user(SimUser user) {
        ObjectNode node = Json.object().put("username", user.username()).put("firstName", user.firstName())
                .put("lastName", user.lastName());
        node.put("profilePicUrl", user.profilePicUrl().orElse(null));
        if (user.profilePicLastModified().isPresent()) {
            node.put("profilePicLastModified", user.profilePicLastModified().getAsLong());
        } else {
            node.putNull("profilePicLastModified");
        }
        node.put("timezone", user.timezone().orElse(null));
        return node;
    }

    static ObjectNode chat(Chat chat) {
        ObjectNode node = Json.object().put("chatId", chat.chatId()).put("chatType", chat.chatType())
                .put("bot", chat.bot());
        ArrayNode participants = node.putArray("participants");
        chat.participants().forEach(participants::add);
        return node;
    }

    /**
     * A message of a chat's history: {@code coreMessage} for the bot's messages, {@code delivery} and
     * {@code read} for messages to the bot, and {@code "byPlatform":true} on what the platform sent in the
     * bot's name.
     */
    static ObjectNode message(StoredMessage message) {
        ObjectNode node = Json.object().put("seq", message.seq()).put("direction", message.direction().wire());
        if (message.byPlatform()) {
            node.put("byPlatform", true);
        }
        node.set("message", Json.tree(message.botJson()));
        message.coreJson().ifPresent(core -> node.set("coreMessage", Json.tree(core)));
        if (message.direction() == Direction.TO_BOT) {
            ObjectNode delivery = node.putObject("delivery");
            delivery.put("state", message.deliveredAt().isPresent() ? "delivered"
                    : message.pending() ? "pending" : "not-delivered");
            delivery.put("attempts", message.attempts());
            if (message.deliveredAt().isPresent()) {
                delivery.put("deliveredAt", message.deliveredAt().getAsLong());
            } else {
                delivery.putNull("deliveredAt");
            }
            if (message.read().isPresent()) {
                node.putObject("read").put("by", message.read().get().by()).put("at", message.read().get().at());
            } else {
                node.putNull("read");
            }
        }
        return node;
    }

    static ObjectNode attempt(DeliveryAttempt attempt) {
        ObjectNode node = Json.object().put("time", attempt.attemptedAt());
        if (attempt.status().isPresent()) {
            node.put("status", attempt.status().getAsInt());
        } else {
            node.putNull("status");
        }
        node.put("latencyMs", attempt.latencyMillis());
        node.put("error", attempt.error().orElse(null));
        ArrayNode ids = node.putArray("messageIds");
        attempt.messageIds().forEach(ids::add);
        return node;
    }

    /** @return {@code {"<name>":[...]}} */
    static <T> ObjectNode list(String name, List<T> items, java.util.function.Function<T, ObjectNode> view) {
        ObjectNode node = Json.object();
        ArrayNode array = node.putArray(name);
        items.forEach(item -> array.add(view.apply(item)));
        return node;
    }
}
