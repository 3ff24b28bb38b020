package dev.kikbot.bot;

import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.api.message.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.MatchResult;

/**
 * What a handler can do with the message it handles: reply to its sender in its chat, mark it read, show
 * typing, end or continue the chain.
 *
 * <p>Every reply is checked when it is made: the outgoing hooks run, then the send rules, and a broken rule
 * throws {@link dev.kikbot.api.KikValidationException} right here, in the handler that made the mistake.
 * Replies made while the bot handles one webhook request are sent together, in as few calls as the API's
 * limits allow. A handler may wait on a reply's future: waiting sends what is held at once.
 */
public final class Context {

    private final Bot bot;
    private final Dispatcher dispatcher;
    private final Message message;
    private final ReplyBatch batch;
    private MatchResult match;
    private boolean finished;
    private boolean next;

    Context(Bot bot, Dispatcher dispatcher, Message message, ReplyBatch batch) {
        this.bot = bot;
        this.dispatcher = dispatcher;
        this.message = message;
        this.batch = batch;
    }

    /** @return the message being handled */
    public Message message() {
        return message;
    }

    /** @return the bot, for its API client and its other calls */
    public Bot bot() {
        return bot;
    }

    /** @return the match of the handler's pattern, for handlers registered with {@code onText(Pattern)} */
    public Optional<MatchResult> match() {
        return Optional.ofNullable(match);
    }

    /**
     * Replies with text messages, one per string, to the sender in the message's chat. Ends the chain.
     *
     * @param bodies the texts
     * @return completes when all were accepted (or dropped by an outgoing hook); fails with the send's error,
     *     which also reaches the bot's error handler
     * @throws dev.kikbot.api.KikValidationException if a reply breaks a send rule; none of them is sent
     */
    public CompletableFuture<Void> reply(String... bodies) {
        List<Message> messages = new ArrayList<>();
        for (String body : bodies) {
            messages.add(TextMessage.builder().body(Objects.requireNonNull(body, "body")).build());
        }
        finished = true;
        return send(messages);
    }

    /**
     * Replies with messages to the sender in the message's chat; a {@code to} or {@code chatId} a message
     * already has is kept. Ends the chain.
     *
     * @param messages the replies
     * @return completes when all were accepted (or dropped by an outgoing hook); fails with the send's error,
     *     which also reaches the bot's error handler
     * @throws dev.kikbot.api.KikValidationException if a reply breaks a send rule; none of them is sent
     */
    public CompletableFuture<Void> reply(Message... messages) {
        finished = true;
        return send(List.of(messages));
    }

    /**
     * Marks the message read with a {@code read-receipt}, as bots must when {@code manuallySendReadReceipts}
     * is on. Does not end the chain.
     *
     * @return completes when the receipt was accepted
     */
    public CompletableFuture<Void> markRead() {
        String id = message.id().orElseThrow(() -> new IllegalStateException("the message has no id to mark read"));
        return send(List.of(ReadReceiptMessage.builder().messageIds(id).build()));
    }

    /** @return shows "is typing…" to the sender; completes when accepted. Does not end the chain. */
    public CompletableFuture<Void> startTyping() {
        return send(List.of(IsTypingMessage.builder().isTyping(true).build()));
    }

    /** @return hides "is typing…"; completes when accepted. Does not end the chain. */
    public CompletableFuture<Void> stopTyping() {
        return send(List.of(IsTypingMessage.builder().isTyping(false).build()));
    }

    /** Ends the chain without replying. */
    public void ignore() {
        finished = true;
    }

    /** Passes the message on to the next matching handler. Calling it twice is harmless. */
    public void next() {
        next = true;
    }

    private CompletableFuture<Void> send(List<Message> replies) {
        List<Message> addressed = new ArrayList<>(replies.size());
        for (Message reply : replies) {
            Message.Builder<?, ?> builder = Objects.requireNonNull(reply, "message").toBuilder();
            if (reply.to().isEmpty()) {
                builder.to(message.from().orElseThrow(
                        () -> new IllegalStateException("the message has no sender to reply to")));
            }
            if (reply.chatId().isEmpty()) {
                message.chatId().ifPresent(builder::chatId);
            }
            addressed.add(builder.build());
        }
        return batch.add(message, dispatcher.prepare(addressed));
    }

    // The dispatcher's view of the chain.

    void enter(MatchResult match) {
        this.match = match;
        this.next = false;
    }

    boolean continues() {
        return next && !finished;
    }
}
