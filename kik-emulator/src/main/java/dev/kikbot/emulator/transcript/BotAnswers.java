package dev.kikbot.emulator.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.MessageFeed;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Direction;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a bot's answers in a chat, woken by the {@link MessageFeed} as each message is stored. */
public final class BotAnswers {

    private final Store store;
    private final MessageFeed feed;

    public BotAnswers(Store store, MessageFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    /** @return the sequence number of the chat's last message, 0 if none */
    long lastSeq(Chat chat) {
        List<StoredMessage> all = History.after(store, chat.chatId(), 0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    /**
     * @return the bot's own messages after {@code afterSeq}, {@linkplain Replay#comparable comparable}, once
     *     there are {@code count} of them or {@code wait} is over
     */
    List<ObjectNode> after(Chat chat, long afterSeq, int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            CompletableFuture<Void> signal = feed.next(chat.chatId());
            List<ObjectNode> answers = History.after(store, chat.chatId(), afterSeq).stream()
                    .filter(m -> m.direction() == Direction.FROM_BOT && !m.byPlatform())
                    .map(m -> Replay.comparable(Json.tree(m.botJson()))).toList();
            long left = deadline - System.nanoTime();
            if (answers.size() >= count || left <= 0) {
                feed.forget(chat.chatId(), signal);
                return answers;
            }
            try {
                signal.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException over) {
                feed.forget(chat.chatId(), signal); // looked at once more above, then given back
            } catch (ExecutionException e) {
                throw new IllegalStateException("a feed signal does not fail", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                feed.forget(chat.chatId(), signal);
                return List.of();
            }
        }
    }
}
