package dev.kikbot.api.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that wait for the API's answers, one per request in flight. They are daemons and end after a
 * while idle, so a client that is dropped without being closed leaves nothing running: the JDK client of
 * Java 17 has no {@code close} either.
 */
final class SendThreads {

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final long IDLE_SECONDS = 30;

    private SendThreads() {
    }

    /** @param threads the most threads; the caller never has more tasks than that running or waiting */
    static Executor upTo(int threads) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "kik-api-" + pool + "-send-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
