package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Webhook requests already answered with 200 and waiting to be handled, for bots that acknowledge before
 * handling. Bounded, so a fast sender meets a 503 instead of filling memory; each thread takes the next
 * request only once the replies of the last one settled. Closing handles everything already accepted.
 */
final class AcknowledgedQueue {

    private final ThreadPoolExecutor threads;
    private final Function<List<Message>, CompletableFuture<Void>> handler;

    AcknowledgedQueue(int threadCount, int capacity,
            Function<List<Message>, CompletableFuture<Void>> handler) {
        this.handler = handler;
        this.threads = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), Threads.named("kik-bot-handler"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** @return false if the queue is full or closed: the request was not accepted */
    boolean offer(List<Message> messages) {
        try {
            threads.execute(() -> handler.apply(messages).join());
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    /**
     * Accepts nothing more and handles what was accepted.
     *
     * @return whether the queue emptied in time
     */
    boolean close(Duration timeout) throws InterruptedException {
        threads.shutdown();
        return threads.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
