package dev.kikbot.emulator.platform;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.NewMessage;
import dev.kikbot.messagepath.BotMessageTranslator;
import dev.kikbot.messagepath.CoreMessageJson;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the platform itself answers a user in a bot's name: "I'm still getting set up, check back soon!" to a
 * user who writes to a bot without a webhook, once per chat until the bot sets one (remembered in memory: a
 * restart may say it once more). It is stored as the bot's message marked
 * {@linkplain NewMessage#byPlatform() by the platform}: never delivered to the bot, never charged to it.
 */
final class PlatformReplies {

    static final String SETTING_UP = "I'm still getting set up, check back soon!";

    /** The chats told "still getting set up", by bot. */
    private final Map<String, Set<String>> toldSettingUp = new ConcurrentHashMap<>();

    /** @return the "still getting set up" answer, if the bot has no webhook and the chat was not told yet */
    Optional<NewMessage> settingUp(Chat chat, String user, Configuration config, long now) {
        if (config.webhook().isPresent() || !toldSettingUp.computeIfAbsent(chat.bot(), bot -> ConcurrentHashMap.newKeySet()).add(chat.chatId())) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        Message text = TextMessage.builder().body(SETTING_UP).to(user).chatId(chat.chatId()).id(id).build();
        String core = CoreMessageJson.toCompactJson(BotMessageTranslator.toCoreMessage(text));
        return Optional.of(NewMessage.byPlatform(chat.chatId(), chat.bot(), id, user, TextMessage.TYPE,
                Messages.toJson(text), Optional.of(core), now));
    }

    /** The bot's configuration changed: once it has a webhook, its chats may be told again if it loses it. */
    void reconfigured(String bot, Configuration config) {
        if (config.webhook().isPresent()) {
            toldSettingUp.remove(bot);
        }
    }

    /** Forgets which chats were told. */
    void clear() {
        toldSettingUp.clear();
    }
}
