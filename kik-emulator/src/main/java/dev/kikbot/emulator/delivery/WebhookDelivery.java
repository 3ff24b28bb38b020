package dev.kikbot.emulator.delivery;

import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.store.DeliveryAttempt;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the bots' webhooks. Each bot has one request in flight at most, carrying its pending
 * messages in the order they were stored, so the order within every chat is kept. A request the bot does not
 * answer 2xx leaves its messages in the outbox, and the bot is tried again after a {@link Backoff}; new
 * messages for a failing bot wait for that retry. Delivery is at least once: a message whose answer was lost
 * is sent again.
 *
 * <p>Requests are blocking sends on a small pool of our own threads (see {@link WebhookSender}); retries are
 * timed by a scheduler that tests may replace, so they do not wait.
 */
public final class WebhookDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int THREADS = 4;
    private static final int MAX_BATCH = 50;

    /** What one bot's deliveries are doing; guarded by the lanes map. */
    private static final class Lane {
        boolean running;
        boolean again;
        int failures;
        ScheduledFuture<?> retry;
    }

    private final Store store;
    private final Clock clock;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;
    private final WebhookSender sender;
    private final FailureLog failures;
    private final ThreadPoolExecutor workers;
    private final Consumer<String> changed;
    private final Map<String, Lane> lanes = new HashMap<>();
    private boolean closed;

    /**
     * @param scheduler times the retries; not shut down here
     * @param timeout how long a bot may take to answer
     * @param changed told the id of each chat whose messages' delivery state an attempt changed
     */
    public WebhookDelivery(Store store, Clock clock, Backoff backoff, ScheduledExecutorService scheduler,
            Duration timeout, Consumer<String> changed) {
        this.changed = changed;
        this.store = store;
        this.clock = clock;
        this.backoff = backoff;
        this.scheduler = scheduler;
        this.sender = new WebhookSender(timeout);
        this.failures = new FailureLog(clock);
        // One task per bot at most is queued or running, so the queue is bounded by the bots there are.
        this.workers = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024),
                Threads.daemon("kik-emulator-delivery"));
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** Delivers what was left in the outbox when the emulator last stopped. */
    public void resume() {
        store.botsWithPending().forEach(this::poke);
    }

    /** The bot has new messages in the outbox: deliver them, unless it is waiting to be retried. */
    public void poke(String bot) {
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(bot, b -> new Lane());
            if (closed || lane.retry != null) {
                return;
            }
            if (lane.running) {
                lane.again = true;
                return;
            }
            lane.running = true;
            submit(bot, lane);
        }
    }

    /** The bot changed its webhook: stop waiting out its backoff and try the new one at once. */
    public void reconfigured(String bot) {
        synchronized (lanes) {
            Lane lane = lanes.get(bot);
            if (lane != null && lane.retry != null) {
                lane.retry.cancel(false);
                lane.retry = null;
                lane.failures = 0;
            }
        }
        poke(bot);
    }

    private void submit(String bot, Lane lane) {
        try {
            workers.execute(() -> runGuarded(bot));
        } catch (RejectedExecutionException shutDown) {
            lane.running = false;
        }
    }

    /**
     * A failure of the emulator itself (the database closed under a stopping emulator, say) ends the lane
     * with a log line instead of a dead thread's stack trace; the messages stay in the outbox.
     */
    private void runGuarded(String bot) {
        try {
            run(bot);
        } catch (RuntimeException e) {
            boolean stopping;
            synchronized (lanes) {
                Lane lane = lanes.get(bot);
                lane.running = false;
                lane.again = false;
                stopping = closed;
            }
            if (stopping) {
                LOG.debug("Delivery to bot {} stopped with the emulator: {}", bot, e.toString());
            } else {
                LOG.error("Delivery to bot {} failed in the emulator; its messages stay in the outbox", bot, e);
            }
        }
    }

    private void run(String bot) {
        while (true) {
            Optional<BotAccount> account = store.bot(bot);
            List<StoredMessage> batch = account.flatMap(BotAccount::webhook).isPresent()
                    ? store.pending(bot, MAX_BATCH) : List.of();
            if (batch.isEmpty()) {
                if (finished(bot)) {
                    return;
                }
                continue;
            }
            DeliveryAttempt attempt = sender.send(account.get(), batch, clock);
            store.recordAttempt(attempt, batch.stream().map(StoredMessage::seq).toList());
            batch.stream().map(StoredMessage::chatId).distinct().forEach(changed);
            if (!attempt.delivered()) {
                retryLater(bot, account.get().webhook().orElse(""), attempt);
                return;
            }
            failures.delivered(bot);
            synchronized (lanes) {
                lanes.get(bot).failures = 0;
            }
        }
    }

    /** @return true if the lane stops; false if new mail came in while it was looking, to look again */
    private boolean finished(String bot) {
        synchronized (lanes) {
            Lane lane = lanes.get(bot);
            if (lane.again && !closed) {
                lane.again = false;
                return false;
            }
            lane.running = false;
            return true;
        }
    }

    private void retryLater(String bot, String webhook, DeliveryAttempt attempt) {
        synchronized (lanes) {
            Lane lane = lanes.get(bot);
            lane.running = false;
            lane.again = false;
            lane.failures++;
            Duration wait = backoff.after(lane.failures);
            String why = attempt.error().orElse("answered " + attempt.status().orElse(0));
            failures.failed(bot, webhook, why, wait);
            if (closed) {
                return;
            }
            try {
                lane.retry = scheduler.schedule(() -> retry(bot), wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                LOG.debug("No retry for bot {}: the scheduler is shut down", bot);
            }
        }
    }

    private void retry(String bot) {
        synchronized (lanes) {
            lanes.get(bot).retry = null;
        }
        poke(bot);
    }

    /**
     * Stops delivering: no new requests, retries cancelled, requests in flight given {@code grace} to end.
     * What was not delivered stays in the outbox for the next start.
     */
    public void close(Duration grace) {
        synchronized (lanes) {
            closed = true;
            lanes.values().stream().filter(lane -> lane.retry != null).forEach(lane -> lane.retry.cancel(false));
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(2));
    }
}
