package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Webhook requests already answered with 200 and not yet settled, for bots that acknowledge before
 * handling. The bound counts a request until its replies were accepted or reported, so a fast sender
 * meets a 503 instead of filling memory, while the handler threads never wait for the API: the replies of
 * many requests travel together through the outbox. Closing handles and settles everything accepted.
 */
final class AcknowledgedQueue {

    private final ThreadPoolExecutor threads;
    private final Function<List<Message>, CompletableFuture<Void>> handler;
    private final int capacity;
    private final AtomicInteger unsettled = new AtomicInteger();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private volatile boolean closed;

    /** @param handler runs a request's handlers and returns what settles with their replies; never fails */
    AcknowledgedQueue(int threadCount, int capacity, Function<List<Message>, CompletableFuture<Void>> handler) {
        this.handler = handler;
        this.capacity = capacity;
        // Unbounded only in type: offer() admits at most `capacity` requests at a time.
        this.threads = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Threads.named("kik-bot-handler"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** @return false if the queue is full or closed: the request was not accepted */
    boolean offer(List<Message> messages) {
        if (closed) {
            return false;
        }
        if (unsettled.incrementAndGet() > capacity) {
            settled();
            return false;
        }
        try {
            threads.execute(() -> handler.apply(messages).whenComplete((done, error) -> settled()));
            return true;
        } catch (RejectedExecutionException shutDown) {
            settled();
            return false;
        }
    }

    private void settled() {
        if (unsettled.decrementAndGet() == 0 && closed) {
            drained.complete(null);
        }
    }

    /**
     * Accepts nothing more, and handles and settles what was accepted.
     *
     * @return whether that finished in time
     */
    boolean close(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        closed = true;
        threads.shutdown();
        if (!threads.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        if (unsettled.get() == 0) {
            return true;
        }
        try {
            drained.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException late) {
            return false;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
