package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.StartChattingMessage;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.NewMessage;
import dev.kikbot.emulator.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Opens chats. The first time a user opens the direct chat with a bot, the platform sends the bot
 * {@code start-chatting}, stored with the chat in one transaction; opening it again finds the same chat.
 */
public final class Chats {

    /**
     * A chat, and whether this call opened it.
     *
     * @param created false if it existed already
     */
    public record Opened(Chat chat, boolean created) {
    }

    private final Store store;
    private final Clock clock;
    private final MessageFeed feed;
    private final Consumer<String> mail;

    /**
     * @param mail told the bot's name when the bot has new messages in the outbox
     */
    public Chats(Store store, Clock clock, MessageFeed feed, Consumer<String> mail) {
        this.store = store;
        this.clock = clock;
        this.feed = feed;
        this.mail = mail;
    }

    /**
     * @throws ApiError 400 if the bot or the user does not exist
     */
    public Opened openDirect(String bot, String user) {
        requireBot(bot);
        requireUser(0, user);
        String chatId = ChatIds.direct(bot, user);
        long now = clock.millis();
        Chat chat = new Chat(chatId, bot, ChatType.DIRECT.value(), List.of(user), now);
        boolean created = store.addChat(chat, List.of(startChatting(chat, user, now)));
        if (!created) {
            return new Opened(require(chatId), false);
        }
        feed.published(chatId);
        mail.accept(bot);
        return new Opened(chat, true);
    }

    /**
     * Sends the bot start-chatting again in an open direct chat, as a user who reopens it (transcript replays,
     * the web page's "Start chatting").
     *
     * @return the start-chatting message as the bot's webhook receives it
     */
    public String greet(Chat chat, String user) {
        NewMessage greeting = startChatting(chat, user, clock.millis());
        store.append(List.of(greeting));
        feed.published(chat.chatId());
        mail.accept(chat.bot());
        return greeting.botJson();
    }

    private static NewMessage startChatting(Chat chat, String user, long now) {
        String messageId = UUID.randomUUID().toString();
        String greeting = WebhookJson.write(StartChattingMessage.builder()
                .chatId(chat.chatId()).id(messageId).from(user).participants(user)
                .timestamp(now).readReceiptRequested(false).chatType(ChatType.DIRECT)
                .build());
        return NewMessage.toBot(chat.chatId(), chat.bot(), messageId, user, StartChattingMessage.TYPE, greeting, now,
                true);
    }

    /**
     * Opens a group of the bot and these users. No one greets the bot: in a group it hears only mentions.
     *
     * @param type {@code private} or {@code public}
     * @throws ApiError 400 if the bot or a user does not exist, or a user is named twice
     */
    public Chat openGroup(String bot, List<String> users, ChatType type) {
        requireBot(bot);
        if (users.isEmpty()) {
            throw ApiError.badRequest("users: a group has at least one user");
        }
        for (int i = 0; i < users.size(); i++) {
            requireUser(i, users.get(i));
            if (users.indexOf(users.get(i)) != i) {
                throw ApiError.badRequest("users[" + i + "]: '" + users.get(i) + "' is named twice");
            }
        }
        Chat chat = new Chat(ChatIds.group(), bot, type.value(), users, clock.millis());
        store.addChat(chat, List.of());
        return chat;
    }

    /**
     * @return the username at {@code field} of a request about the chat
     * @throws ApiError 400 if it is missing or not someone in the chat
     */
    public static String participant(Chat chat, ObjectNode body, String field) {
        String user = Json.requiredString(body, field);
        if (!chat.hasParticipant(user)) {
            throw ApiError.badRequest(field + ": '" + user + "' is not in chat " + chat.chatId());
        }
        return user;
    }

    /** @throws ApiError 404 if there is no such chat */
    public Chat require(String chatId) {
        return store.chat(chatId).orElseThrow(() -> ApiError.notFound("There is no chat '" + chatId + "'"));
    }

    private void requireBot(String bot) {
        if (store.bot(bot).isEmpty()) {
            throw ApiError.badRequest("bot: there is no bot '" + bot + "'");
        }
    }

    private void requireUser(int index, String user) {
        if (store.user(user).isEmpty()) {
            throw ApiError.badRequest("users[" + index + "]: there is no user '" + user + "'");
        }
    }
}
