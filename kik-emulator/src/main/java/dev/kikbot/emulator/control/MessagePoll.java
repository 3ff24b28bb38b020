package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.platform.MessageFeed;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /chats/{chatId}/messages?after=SEQ&waitMs=MS}: the chat's messages after {@code after}, and if
 * there are none yet, a long poll that answers as soon as one is stored or when {@code waitMs} is over. A
 * waiting poll holds no server thread: it is an async request woken by the {@link MessageFeed}. It reads
 * the chat only when the store's {@link Store#lastSeq} says there is something to read, so a poll costs one
 * query, not three.
 */
public final class MessagePoll {

    /** The longest a poll waits, whatever it asks for. */
    public static final long MAX_WAIT_MILLIS = 30_000;
    private static final int PAGE = 500;

    private final Store store;
    private final MessageFeed feed;
    private final Executor answers;

    /**
     * @param answers where woken polls read the store and answer, off the thread that stored the message
     */
    public MessagePoll(Store store, MessageFeed feed, Executor answers) {
        this.store = store;
        this.feed = feed;
        this.answers = answers;
    }

    void answer(Context ctx, Chat chat) {
        long after = Exchanges.nonNegative(ctx, "after", 0);
        long waitMs = Math.min(Exchanges.nonNegative(ctx, "waitMs", 0), MAX_WAIT_MILLIS);
        String chatId = chat.chatId();
        if (waitMs == 0 || store.lastSeq(chatId) > after) {
            List<StoredMessage> now = store.messages(chatId, after, PAGE);
            if (!now.isEmpty() || waitMs == 0) {
                write(ctx, now);
                return;
            }
        }
        CompletableFuture<Void> signal = feed.next(chatId);
        if (store.lastSeq(chatId) > after) { // stored before next() was asked
            List<StoredMessage> meanwhile = store.messages(chatId, after, PAGE);
            if (!meanwhile.isEmpty()) {
                feed.forget(chatId, signal);
                write(ctx, meanwhile);
                return;
            }
        }
        ctx.future(() -> signal.completeOnTimeout(null, waitMs, TimeUnit.MILLISECONDS)
                .thenApplyAsync(woken -> {
                    feed.forget(chatId, signal);
                    return store.lastSeq(chatId) > after ? store.messages(chatId, after, PAGE)
                            : List.<StoredMessage>of();
                }, answers)
                .thenAccept(messages -> write(ctx, messages)));
    }

    private static void write(Context ctx, List<StoredMessage> messages) {
        ObjectNode body = Views.list("messages", messages, Views::message);
        Exchanges.json(ctx, 200, body);
    }
}
