package dev.kikbot.emulator.platform;

import dev.kikbot.api.Violation;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.OutgoingRules;
import dev.kikbot.api.message.UnknownMessage;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.messagepath.BotMessageTranslator;
import dev.kikbot.messagepath.TranslationException;
import dev.kikbot.messagepath.model.CoreMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a bot's {@code POST /v1/message} or {@code /v1/broadcast} whole, before anything of it is accepted:
 * the request's limits, each message's fields (kik-api's {@link OutgoingRules}), its recipient and chat, and
 * its keyboards, links and attribution as Kik's own schema and origin rules judge them (kik-messagepath's
 * translator), and in a group, the {@link MentionWindow}. Every broken rule is reported at once, each as {@code messages[i].field: rule}.
 */
final class SendRules {

    /**
     * A message that may be sent.
     *
     * @param chat the chat it goes to: the one its chatId names, or the direct chat with its recipient
     */
    record Checked(int index, Message message, String recipient, Chat chat, CoreMessage core) {
    }

    private SendRules() {
    }

    /** @throws ApiError 400 listing every broken rule */
    static List<Checked> check(String bot, List<Message> messages, boolean broadcast, Store store,
            MentionWindow mentions) {
        int max = broadcast ? OutgoingRules.MAX_BROADCAST_MESSAGES : OutgoingRules.MAX_MESSAGES_PER_REQUEST;
        if (messages.isEmpty()) {
            throw ApiError.badRequest("messages: at least one message is required");
        }
        if (messages.size() > max) {
            throw ApiError.badRequest("messages: at most " + max + " messages per request, not " + messages.size());
        }
        List<String> broken = new ArrayList<>();
        for (Violation violation : OutgoingRules.check(messages)) {
            broken.add(violation.toString());
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) instanceof UnknownMessage unknown) {
                broken.add(at(i, "type") + "'" + unknown.type() + "' is not a type bots can send");
            }
        }
        fail(broken);
        if (!broadcast) {
            perRecipient(messages, broken);
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            String to = message.to().orElseThrow();
            Optional<Chat> chat = chat(bot, i, message, to, store, broken);
            String where = at(i, "chatId");
            chat.filter(c -> ChatType.of(c.chatType()).isGroup()).flatMap(c -> mentions.closed(c.chatId()))
                    .ifPresent(rule -> broken.add(where + rule));
            CoreMessage core = translate(i, message, broken);
            if (chat.isPresent() && core != null) {
                checked.add(new Checked(i, message, to, chat.get(), core));
            }
        }
        fail(broken);
        return checked;
    }

    private static void perRecipient(List<Message> messages, List<String> broken) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            String to = messages.get(i).to().orElseThrow();
            if (counts.merge(to, 1, Integer::sum) == OutgoingRules.MAX_MESSAGES_PER_RECIPIENT + 1) {
                broken.add(at(i, "to") + "at most " + OutgoingRules.MAX_MESSAGES_PER_RECIPIENT
                        + " messages to one recipient per request, and this is the "
                        + (OutgoingRules.MAX_MESSAGES_PER_RECIPIENT + 1) + "th to '" + to + "'");
            }
        }
    }

    private static Optional<Chat> chat(String bot, int i, Message message, String to, Store store,
            List<String> broken) {
        if (!store.hasChatted(bot, to)) {
            broken.add(at(i, "to") + "'" + to + "' has not chatted with this bot");
            return Optional.empty();
        }
        if (message.chatId().isPresent()) {
            String chatId = message.chatId().get();
            Optional<Chat> chat = store.chat(chatId).filter(c -> c.bot().equals(bot) && c.hasParticipant(to));
            if (chat.isEmpty()) {
                broken.add(at(i, "chatId") + "'" + chatId + "' is not a chat of this bot with '" + to + "' in it");
            }
            return chat;
        }
        Optional<Chat> direct = store.chat(ChatIds.direct(bot, to));
        if (direct.isEmpty()) {
            broken.add(at(i, "chatId") + "is required: '" + to + "' has no direct chat with this bot");
        }
        return direct;
    }

    private static CoreMessage translate(int i, Message message, List<String> broken) {
        try {
            return BotMessageTranslator.toCoreMessage(message);
        } catch (TranslationException e) {
            broken.add(at(i, e.field()) + e.reason());
            return null;
        }
    }

    private static String at(int index, String field) {
        return "messages[" + index + "]." + field + ": ";
    }

    private static void fail(List<String> broken) {
        if (!broken.isEmpty()) {
            throw ApiError.badRequest(String.join("; ", broken));
        }
    }
}
