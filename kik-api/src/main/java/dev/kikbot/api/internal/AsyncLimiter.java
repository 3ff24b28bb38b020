package dev.kikbot.api.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of asynchronous tasks run at once. A task beyond the bound waits in arrival
 * order and starts when a running one finishes, on the thread that finished it. Nothing blocks: a caller
 * gets its future at once, whether its task started or waits.
 *
 * <p>The JDK HTTP client opens a new HTTP/1.1 connection for every request that finds none idle, without
 * a limit; bounding the requests in flight bounds the connections.
 */
final class AsyncLimiter {

    private final int permits;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int running;
    /** Whether a thread is starting waiting tasks; a task that completes at once must not recurse into it. */
    private boolean handingOn;

    /** @param permits how many tasks may run at once; at least 1 */
    AsyncLimiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        this.permits = permits;
    }

    /**
     * @param task starts the work and returns its stage; called once, when a permit is free
     * @return completes as the task's stage does, once its permit was freed; fails with what the task
     *     threw if it could not start
     */
    <T> CompletableFuture<T> submit(Supplier<? extends CompletionStage<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> start(task, result);
        synchronized (this) {
            if (running == permits || !waiting.isEmpty()) { // no overtaking those who wait
                waiting.add(start);
                return result;
            }
            running++;
        }
        start.run();
        return result;
    }

    /** @return how many tasks wait for a permit */
    synchronized int waiting() {
        return waiting.size();
    }

    private <T> void start(Supplier<? extends CompletionStage<T>> task, CompletableFuture<T> result) {
        CompletionStage<T> stage;
        try {
            stage = task.get();
        } catch (RuntimeException | Error failure) {
            release();
            result.completeExceptionally(failure);
            return;
        }
        stage.whenComplete((value, failure) -> {
            release();
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        });
    }

    /**
     * Frees a permit and starts waiting tasks, longest waiting first, while permits are free. One thread at
     * a time does the starting, in a loop: tasks that complete as soon as they start free their permits
     * here again, and recursing would overflow the stack on a long queue.
     */
    private void release() {
        synchronized (this) {
            running--;
            if (handingOn) {
                return;
            }
            handingOn = true;
        }
        while (true) {
            Runnable next;
            synchronized (this) {
                if (running == permits || waiting.isEmpty()) {
                    handingOn = false;
                    return;
                }
                running++;
                next = waiting.poll();
            }
            next.run();
        }
    }
}
