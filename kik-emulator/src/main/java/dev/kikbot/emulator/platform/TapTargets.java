package dev.kikbot.emulator.platform;

import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.Keyboard;
import dev.kikbot.api.message.KeyboardMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Direction;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a user may tap. A message's keyboards apply to a user as a Kik client chose (spec §4.1): the first
 * keyboard addressed {@code to} that user, else the first addressed to no one. In a group, the bot's static
 * keyboard (its configuration's {@code staticKeyboard}) is what a user mentioning the bot is offered.
 */
public final class TapTargets {

    /** Kik's friend picker allowed one pick when the response said nothing (inferred; spec §4.2). */
    private static final int DEFAULT_PICKS = 1;

    private final Store store;

    public TapTargets(Store store) {
        this.store = store;
    }

    /** @throws ApiError 400 if no keyboard of that message, or no static keyboard, is offered to the user */
    SuggestedResponseKeyboard keyboard(Chat chat, String user, Optional<String> messageId) {
        if (messageId.isEmpty()) {
            if (!ChatType.of(chat.chatType()).isGroup()) {
                throw ApiError.badRequest("messageId: is required; only in a group can a user tap the bot's"
                        + " static keyboard, without a message");
            }
            return staticKeyboard(chat).orElseThrow(() -> ApiError.badRequest("messageId: is required: the bot '"
                    + chat.bot() + "' has no static keyboard"));
        }
        String id = messageId.get();
        StoredMessage stored = store.message(chat.chatId(), Direction.FROM_BOT, id).filter(m -> !m.byPlatform())
                .orElseThrow(() -> ApiError.badRequest("messageId: the bot sent no message '" + id + "' in this chat"));
        Message message = Messages.messageFromJson(stored.botJson());
        List<Keyboard> keyboards = message instanceof KeyboardMessage withKeyboards ? withKeyboards.keyboards()
                : List.of();
        Optional<SuggestedResponseKeyboard> offered = first(keyboards, Optional.of(user))
                .or(() -> first(keyboards, Optional.empty()));
        return offered.orElseThrow(() -> ApiError.badRequest("messageId: message '" + id + "' offers '" + user
                + "' no keyboard"));
    }

    Optional<SuggestedResponseKeyboard> staticKeyboard(Chat chat) {
        return store.bot(chat.bot()).flatMap(bot -> bot.configuration().staticKeyboard())
                .filter(SuggestedResponseKeyboard.class::isInstance).map(SuggestedResponseKeyboard.class::cast);
    }

    /**
     * @return the picks, if they are as many as the response allows and every one is a user
     * @throws ApiError 400 naming the rule broken
     */
    List<String> picked(FriendPickerResponse picker, List<String> picked) {
        int min = Math.max(1, picker.min().orElse(DEFAULT_PICKS));
        int max = Math.max(min, picker.max().orElse(Math.max(min, DEFAULT_PICKS)));
        if (picked.size() < min || picked.size() > max) {
            throw ApiError.badRequest("picked: the friend picker takes " + (min == max ? min : min + " to " + max)
                    + " users, not " + picked.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < picked.size(); i++) {
            if (!seen.add(picked.get(i))) {
                throw ApiError.badRequest("picked[" + i + "]: '" + picked.get(i) + "' is picked twice");
            }
            if (store.user(picked.get(i)).isEmpty()) {
                throw ApiError.badRequest("picked[" + i + "]: there is no user '" + picked.get(i) + "'");
            }
        }
        return picked;
    }

    private static Optional<SuggestedResponseKeyboard> first(List<Keyboard> keyboards, Optional<String> to) {
        return keyboards.stream().filter(SuggestedResponseKeyboard.class::isInstance)
                .map(SuggestedResponseKeyboard.class::cast).filter(k -> k.to().equals(to)).findFirst();
    }
}
