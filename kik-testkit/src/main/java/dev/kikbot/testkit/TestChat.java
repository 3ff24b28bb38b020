package dev.kikbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.KeyboardMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.ReceiptMessage;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.testkit.internal.ControlClient;
import dev.kikbot.testkit.internal.Describe;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * A chat between a user and the bot under test: the user says things and taps responses; the test waits for
 * what the bot sent and asserts on it.
 *
 * <pre>{@code
 * TestChat chat = kik.user("alice").chatWith(echo);
 * chat.say("hi").expectText("hi");
 * }</pre>
 *
 * <p>The bot's messages are read in the order it sent them, each once: {@link #awaitReply()} returns the next
 * one not read yet, long-polling the emulator ({@code GET /chats/{id}/messages?after=SEQ&waitMs=MS}) until it
 * comes or the timeout ends. <em>Replies</em> are the messages a person reads; read receipts, delivery
 * receipts and is-typing are skipped by the reply methods and returned by {@link #awaitMessages(int)}. A
 * failed expectation is an {@link AssertionFailedError} that lists everything the bot did send. One chat
 * object belongs to one test thread; it is safe, not meant, to share.
 */
public final class TestChat {

    private static final Predicate<Message> ANY = message -> true;
    private static final Predicate<Message> REPLY = message -> !(message instanceof ReceiptMessage)
            && !(message instanceof IsTypingMessage);

    private final KikEmulator kik;
    private final String chatId;
    private final String bot;
    private final String user;
    private final ChatFeed feed;

    TestChat(KikEmulator kik, String chatId, String bot, String user) {
        this(kik, chatId, bot, user, new ChatFeed(kik.control(), "/chats/" + ControlClient.encode(chatId)));
    }

    private TestChat(KikEmulator kik, String chatId, String bot, String user, ChatFeed feed) {
        this.kik = kik;
        this.chatId = chatId;
        this.bot = bot;
        this.user = user;
        this.feed = feed;
    }

    /**
     * @return this chat as another participant of a group sees it: what it says and taps is that user's; the
     *     bot's messages are read from the same place as through this object
     */
    public TestChat as(TestUser participant) {
        return new TestChat(kik, chatId, bot, participant.username(), feed);
    }

    /** @return the chat's id, as the bot sees it in {@code chatId} */
    public String chatId() {
        return chatId;
    }

    /** @return the bot's username */
    public String bot() {
        return bot;
    }

    /** @return the username of the user who speaks in this chat */
    public String user() {
        return user;
    }

    /**
     * The user sends a text message.
     *
     * @return this chat, to expect the answer
     * @throws ControlApiException if the emulator refuses it
     */
    public TestChat say(String text) {
        send(TextMessage.builder().body(Objects.requireNonNull(text, "text")).build());
        return this;
    }

    /**
     * The user sends a text message that @-mentions the bot, which is how a bot hears anything in a group.
     *
     * @return this chat, to expect the answer
     */
    public TestChat mention(String text) {
        send(TextMessage.builder().body(Objects.requireNonNull(text, "text")).mention(bot).build());
        return this;
    }

    /**
     * The user sends any message a user can send (text, link, picture, video, sticker, is-typing,
     * friend-picker); the platform fills in {@code id}, {@code chatId}, {@code timestamp} and the rest.
     *
     * @param message the message, without {@code from} (it is this chat's user) or with it
     * @return the message exactly as the bot's webhook receives it
     * @throws ControlApiException if the emulator refuses it, such as a type users cannot send
     */
    public Message send(Message message) {
        Message withFrom = message.from().isPresent() ? message : message.toBuilder().from(user).build();
        JsonNode answer = kik.control().post(path("/messages"), ControlClient.tree(Messages.toJson(withFrom)));
        return Messages.messageFromJson(answer.path("message").toString());
    }

    /**
     * The user taps the suggested response shown as {@code label} (a text response's body, a picture
     * response's URL, a friend picker's body) on the latest of the bot's messages that offers it to this user
     * ({@code POST /chats/{id}/taps}). The bot receives what Kik sent for that tap.
     *
     * @return this chat
     * @throws AssertionFailedError if no message of the bot offers {@code label}, listing what they offer
     * @throws ControlApiException if the emulator refuses the tap
     */
    public TestChat tap(String label) {
        return tap(label, List.of());
    }

    /**
     * The user taps a friend-picker response and picks {@code picked}; otherwise as {@link #tap(String)}.
     *
     * @return this chat
     */
    public TestChat tap(String label, List<String> picked) {
        Objects.requireNonNull(label, "label");
        List<Message> sent = feed.all();
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i) instanceof KeyboardMessage keyboarded) {
                int index = Describe.offered(keyboarded, user).indexOf(label);
                if (index >= 0) {
                    return tap(keyboarded, index, picked);
                }
            }
        }
        throw new AssertionFailedError("Expected a message of bot '" + bot + "' offering '" + label + "' to "
                + user + ", but " + Describe.offers(sent, user));
    }

    /**
     * The user taps response {@code index} of the keyboard the bot's {@code message} shows this user.
     *
     * @param picked the usernames picked, for a friend-picker response; empty otherwise
     * @return this chat
     * @throws ControlApiException 400 if the message offers no such response to this user
     */
    public TestChat tap(Message message, int index, List<String> picked) {
        ObjectNode body = ControlClient.object().put("from", user)
                .put("messageId", message.id().orElseThrow(() -> new IllegalArgumentException(
                        "The message has no id: tap a message the bot sent, as awaitReply() returns it")))
                .put("response", index);
        if (!picked.isEmpty()) {
            ArrayNode names = body.putArray("picked");
            picked.forEach(names::add);
        }
        kik.control().post(path("/taps"), body);
        return this;
    }

    /**
     * This chat's user scans a Kik Code, as {@link TestUser#scan(String)} does: the bot receives
     * {@code scan-data} in its direct chat with the user, which is this chat when the code is this bot's.
     *
     * @param codeId the code's id, as {@code Code.id()} gives it
     * @return this chat, to expect the answer
     */
    public TestChat scan(String codeId) {
        kik.scan(user, Objects.requireNonNull(codeId, "codeId"));
        return this;
    }

    /** @return the bot's next reply, within the kit's timeout */
    public Message awaitReply() {
        return awaitReply(kik.timeout());
    }

    /**
     * @return the bot's next reply (not a receipt or typing), within {@code timeout}
     * @throws AssertionFailedError if none comes in time, with what the bot sent and its webhook deliveries
     */
    public Message awaitReply(Duration timeout) {
        return await(1, REPLY, "reply", timeout).get(0);
    }

    /** @return the bot's next {@code count} replies, within the kit's timeout */
    public List<Message> awaitReplies(int count) {
        return await(count, REPLY, "replies", kik.timeout());
    }

    /** @return the bot's next {@code count} messages of any kind, receipts and typing too */
    public List<Message> awaitMessages(int count) {
        return awaitMessages(count, kik.timeout());
    }

    /** @return the bot's next {@code count} messages of any kind, within {@code timeout} */
    public List<Message> awaitMessages(int count, Duration timeout) {
        return await(count, ANY, "messages", timeout);
    }

    /**
     * Awaits the bot's next reply and checks it is a text message with exactly that body.
     *
     * @return the reply, to look at its keyboard
     * @throws AssertionFailedError showing the expected text and what the bot sent instead
     */
    public TextMessage expectText(String body) {
        Message reply = awaitReply();
        MessageAssert.assertMessage(reply).isText(body);
        return (TextMessage) reply;
    }

    /**
     * Awaits the bot's next reply and checks its type.
     *
     * @return the reply, as that type
     */
    public <T extends Message> T expectReply(Class<T> type) {
        return MessageAssert.assertMessage(awaitReply()).isA(type);
    }

    /**
     * Checks that the bot sends no reply within {@code quiet}: the one call in the kit that waits on purpose.
     *
     * @throws AssertionFailedError showing the reply it sent
     */
    public void expectNoReply(Duration quiet) {
        List<Message> replies = feed.unreadWithin(quiet, REPLY);
        if (!replies.isEmpty()) {
            throw new AssertionFailedError("Expected no reply from bot '" + bot + "' within " + quiet
                    + ", but it sent " + Describe.messages(replies));
        }
    }

    /** @return every message the bot sent in this chat so far, read or not, without waiting */
    public List<Message> botMessages() {
        return feed.all();
    }

    private List<Message> await(int count, Predicate<Message> wanted, String what, Duration timeout) {
        return feed.await(count, wanted, timeout, (found, read) -> Describe.timeout(this, count, what, timeout,
                found, read, feed.platformMessages(), kik.deliveries(bot)));
    }

    private String path(String rest) {
        return "/chats/" + ControlClient.encode(chatId) + rest;
    }

    @Override
    public String toString() {
        return "TestChat{" + chatId + ", " + user + " with bot " + bot + "}";
    }
}
