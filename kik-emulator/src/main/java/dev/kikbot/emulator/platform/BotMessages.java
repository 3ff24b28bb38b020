package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.Features;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.ApiCall;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Direction;
import dev.kikbot.emulator.store.NewMessage;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.messagepath.CoreMessageJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Accepts what a bot sends through {@code POST /v1/message} and {@code /v1/broadcast}. The request is checked
 * whole ({@link SendRules}); then, under one lock, messages whose {@code id} the bot already had accepted
 * are dropped (a retried request is not delivered twice), the rest are charged to the rate limits, and they
 * are stored with their Bot API JSON, CoreMessage JSON and protobuf bytes. A refused request stores nothing
 * and is charged nothing.
 */
public final class BotMessages {

    private final Store store;
    private final Clock clock;
    private final RateLimiter limiter;
    private final MessageFeed feed;
    private final MentionWindow mentions;
    private final Consumer<String> mail;

    /**
     * @param mail told the bot's name when the bot has new messages in the outbox (delivery receipts)
     */
    public BotMessages(Store store, Clock clock, RateLimiter limiter, MessageFeed feed, MentionWindow mentions,
            Consumer<String> mail) {
        this.store = store;
        this.clock = clock;
        this.limiter = limiter;
        this.feed = feed;
        this.mentions = mentions;
        this.mail = mail;
    }

    /**
     * @param body the request body, {@code {"messages":[...]}}
     * @param call the call as it will be answered if accepted, stored with the messages it carried
     * @throws ApiError 400 naming every broken rule, or 429 naming the rate limit
     */
    public void accept(String bot, byte[] body, boolean broadcast, ApiCall call) {
        JsonNode messagesField = Json.requestObject(body).get("messages");
        if (messagesField == null || !messagesField.isArray()) {
            throw ApiError.badRequest("messages: is required (an array of messages)");
        }
        List<Message> messages;
        try {
            messages = Messages.fromJson(body);
        } catch (KikParseException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        List<SendRules.Checked> checked = SendRules.check(bot, messages, broadcast, store, mentions);
        Set<String> chats = new LinkedHashSet<>();
        synchronized (this) {
            List<SendRules.Checked> fresh = withoutRepeats(bot, checked);
            limiter.charge(bot, fresh.stream().filter(BotMessages::costs)
                    .map(c -> new RateLimiter.Charge(c.index(), c.recipient())).toList());
            long now = clock.millis();
            List<NewMessage> rows = new ArrayList<>(fresh.size());
            for (SendRules.Checked c : fresh) {
                String id = c.message().id().orElseGet(() -> UUID.randomUUID().toString());
                Message stored = c.message().toBuilder().id(id).chatId(c.chat().chatId()).build();
                rows.add(new NewMessage(c.chat().chatId(), bot, Direction.FROM_BOT, id, c.recipient(),
                        stored.type(), Messages.toJson(stored), Optional.of(CoreMessageJson.toCompactJson(c.core())),
                        Optional.of(c.core().toByteArray()), now, false));
                chats.add(c.chat().chatId());
            }
            rows.addAll(deliveryReceipts(bot, fresh, rows, now));
            store.append(rows, call);
            markedRead(bot, fresh, now);
        }
        chats.forEach(feed::published);
        if (receives(bot, Features::receiveDeliveryReceipts)) {
            mail.accept(bot);
        }
    }

    /**
     * The platform delivered each accepted message to its user at once: a bot that asked for them gets one
     * delivery receipt per user and chat, naming the messages of this request.
     */
    private List<NewMessage> deliveryReceipts(String bot, List<SendRules.Checked> fresh, List<NewMessage> rows,
            long now) {
        if (!receives(bot, Features::receiveDeliveryReceipts)) {
            return List.of();
        }
        Map<List<String>, List<String>> idsByChatAndUser = new LinkedHashMap<>();
        Map<String, Chat> chatsById = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (costs(fresh.get(i))) {
                Chat chat = fresh.get(i).chat();
                chatsById.put(chat.chatId(), chat);
                idsByChatAndUser.computeIfAbsent(List.of(chat.chatId(), fresh.get(i).recipient()),
                        k -> new ArrayList<>()).add(rows.get(i).messageId());
            }
        }
        List<NewMessage> receipts = new ArrayList<>();
        idsByChatAndUser.forEach((key, ids) -> receipts.add(
                Receipts.delivered(chatsById.get(key.get(0)), key.get(1), ids, now, true)));
        return receipts;
    }

    /** A read-receipt the bot sends marks those messages of its users read, by the bot. */
    private void markedRead(String bot, List<SendRules.Checked> fresh, long now) {
        List<String> read = fresh.stream().map(SendRules.Checked::message)
                .filter(ReadReceiptMessage.class::isInstance)
                .flatMap(m -> ((ReadReceiptMessage) m).messageIds().stream()).toList();
        if (!read.isEmpty()) {
            store.markRead(bot, read, "bot", now);
        }
    }

    private boolean receives(String bot, Predicate<Features> feature) {
        return store.bot(bot).map(account -> feature.test(account.configuration().features())).orElse(false);
    }

    /** Drops messages whose id the bot already sent, in an earlier request or earlier in this one. */
    private List<SendRules.Checked> withoutRepeats(String bot, List<SendRules.Checked> checked) {
        List<String> ids = checked.stream().flatMap(c -> c.message().id().stream()).toList();
        Set<String> seen = new HashSet<>(ids.isEmpty() ? Set.of() : store.knownMessageIds(bot, Direction.FROM_BOT, ids));
        List<SendRules.Checked> fresh = new ArrayList<>();
        for (SendRules.Checked c : checked) {
            if (c.message().id().map(seen::add).orElse(true)) {
                fresh.add(c);
            }
        }
        return fresh;
    }

    /** Typing and read receipts are not messages the user reads: they cost no budget. */
    private static boolean costs(SendRules.Checked checked) {
        String type = checked.message().type();
        return !IsTypingMessage.TYPE.equals(type) && !ReadReceiptMessage.TYPE.equals(type);
    }
}
