package dev.kikbot.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler for {@code KikApi.Builder.retryScheduler} that records every delay asked for and runs the task
 * at once, so retry tests check the waits without waiting. Shut it down after the test.
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {

    private final List<Duration> delays = new ArrayList<>();

    public RecordingScheduler() {
        super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        synchronized (delays) {
            delays.add(Duration.of(delay, unit.toChronoUnit()));
        }
        return super.schedule(command, 0, unit);
    }

    /** @return the delays asked for so far, in order */
    public List<Duration> delays() {
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }
}
