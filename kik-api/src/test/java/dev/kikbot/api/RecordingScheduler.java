package dev.kikbot.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler for {@code KikApi.Builder.retryScheduler} that records every delay asked for and runs the task
 * at once (or, after {@link #hold()}, at {@link #release()}), so retry tests check the waits without
 * waiting. Shut it down after the test.
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {

    private final List<Duration> delays = new ArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public RecordingScheduler() {
        super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        CountDownLatch held = gate;
        synchronized (delays) {
            delays.add(Duration.of(delay, unit.toChronoUnit()));
            delays.notifyAll();
        }
        return super.schedule(() -> {
            awaitQuietly(held);
            command.run();
        }, 0, unit);
    }

    /** Keeps the tasks scheduled from now on waiting until {@link #release()} (at most 30 s). */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    /** Runs the tasks held back. */
    public void release() {
        gate.countDown();
    }

    /**
     * Waits until at least {@code count} delays were asked for.
     *
     * @throws AssertionError if they were not asked for in time
     */
    public List<Duration> awaitDelays(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (delays) {
            while (delays.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " delays within " + timeout + ", got " + delays);
                }
                delays.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(delays);
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        release();
        return super.shutdownNow();
    }

    private static void awaitQuietly(CountDownLatch held) {
        try {
            held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the delays asked for so far, in order */
    public List<Duration> delays() {
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }
}
