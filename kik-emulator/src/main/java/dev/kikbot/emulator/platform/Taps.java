package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.FriendPickerMessage;
import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PictureResponse;
import dev.kikbot.api.message.SuggestedResponse;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import java.util.List;

/**
 * A user taps a suggested response: the bot receives what Kik sent for it (spec §4.4), a text message with
 * the response's body, a picture message with its {@code picUrl}, or a friend-picker message with the users
 * picked, each with the response's {@code metadata}. Only what {@link TapTargets} finds offered to that user
 * can be tapped. In a group the tap answers the bot, so it arrives as a mention.
 */
public final class Taps {

    private final TapTargets targets;
    private final Inbound inbound;

    public Taps(TapTargets targets, Inbound inbound) {
        this.targets = targets;
        this.inbound = inbound;
    }

    /**
     * @param body {@code {"from","messageId","response":INDEX,"picked":[...]?}}; without {@code messageId} in a
     *     group, the bot's static keyboard
     * @return the message's JSON exactly as the bot's webhook receives it
     * @throws ApiError 400 if the tap was not offered, or its index or picks are wrong
     */
    public String tap(Chat chat, ObjectNode body) {
        String from = Chats.participant(chat, body, "from");
        JsonNode index = body.get("response");
        if (index == null || !index.isInt() || index.intValue() < 0) {
            throw ApiError.badRequest("response: is required (the index of the tapped response, 0 or more)");
        }
        SuggestedResponseKeyboard keyboard = targets.keyboard(chat, from, Json.optionalString(body, "messageId"));
        List<SuggestedResponse> responses = keyboard.responses();
        if (index.intValue() >= responses.size()) {
            throw ApiError.badRequest("response: the keyboard offered '" + from + "' " + responses.size()
                    + " responses (0 to " + (responses.size() - 1) + "), not " + index.intValue());
        }
        Message.Builder<?, ?> message = message(responses.get(index.intValue()), body);
        responses.get(index.intValue()).metadata().ifPresent(message::metadata);
        return inbound.accept(chat, from, message.build(), ChatType.of(chat.chatType()).isGroup());
    }

    private Message.Builder<?, ?> message(SuggestedResponse response, ObjectNode body) {
        if (response instanceof TextResponse text) {
            return TextMessage.builder().body(text.body().orElse(""));
        }
        if (response instanceof PictureResponse picture) {
            return PictureMessage.builder().picUrl(picture.picUrl().orElseThrow());
        }
        if (response instanceof FriendPickerResponse picker) {
            return FriendPickerMessage.builder().picked(targets.picked(picker, Json.requiredStrings(body, "picked")));
        }
        throw ApiError.badRequest("response: a '" + response.type() + "' response is not one a user can tap here");
    }
}
