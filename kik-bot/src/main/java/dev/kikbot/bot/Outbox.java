package dev.kikbot.bot;

import dev.kikbot.api.KikApi;
import dev.kikbot.api.KikApiException;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.OutgoingRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Every message the bot sends to {@code /v1/message} passes through here. Messages waiting while earlier
 * sends are in flight go out together, up to the API's limits (25 a call, 5 per recipient), so a busy bot
 * makes few calls; an idle one sends at once. A recipient's messages are never in two calls at the same
 * time, so they arrive in the order they were sent.
 *
 * <p>A call costs far more than a message in it (the load run measured about 400 µs of CPU per call,
 * whatever its size), so a call with room to spare opens only while fewer than {@value #OPEN_CALLS} calls
 * are in flight, or once its oldest message has waited {@link #MAX_WAIT}; a full call opens whenever
 * {@code maxConcurrentSends} allows. An idle bot thus sends at once, and a busy one fills its calls: in the
 * load run, replies per call went from 3.2 to 10 and more, and the webhooks answered per second with them.
 *
 * <p>One bad message must not sink the others in its call: when the API refuses a call with 400, its
 * messages are sent again per recipient, and then one by one, so each gets its own outcome. Every message's
 * future settles, and every failure goes to the {@link ErrorReporter} once.
 */
final class Outbox {

    /** One message to send, the incoming message it answers (null for {@link Bot#send}) and its outcome. */
    record Item(Message message, Message incoming, CompletableFuture<Void> sent) {
    }

    /** How far down the queue a batch looks for recipients that are free to send to. */
    private static final int SCAN_LIMIT = 1_000;
    /** How many calls may be in flight before a call waits to fill up. */
    static final int OPEN_CALLS = 2;
    /** The longest a message waits for a fuller call while other calls are in flight. */
    static final Duration MAX_WAIT = Duration.ofMillis(5);

    /** A message in the queue, and since when. */
    private record Queued(Item item, long since) {
    }

    private final KikApi kik;
    private final ErrorReporter errors;
    private final int maxConcurrentSends;
    private final int capacity;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Queued> pending = new ArrayDeque<>();
    private final Set<String> busy = new HashSet<>();
    private int sending;
    private boolean timerSet;
    private CompletableFuture<Void> idle;

    /**
     * @param timer opens calls whose messages waited {@link #MAX_WAIT}
     * @param nanoTime the time the waits are measured in, {@code System::nanoTime} but in tests
     */
    Outbox(KikApi kik, ErrorReporter errors, int maxConcurrentSends, int capacity, ScheduledExecutorService timer,
            LongSupplier nanoTime) {
        this.kik = kik;
        this.errors = errors;
        this.maxConcurrentSends = maxConcurrentSends;
        this.capacity = capacity;
        this.timer = timer;
        this.nanoTime = nanoTime;
    }

    /** Queues messages and starts what can be sent; fails them at once if the queue is full. */
    void submit(List<Item> items) {
        List<List<Item>> batches;
        synchronized (this) {
            if (pending.size() + items.size() > capacity) {
                batches = null;
            } else {
                long now = nanoTime.getAsLong();
                items.forEach(item -> pending.add(new Queued(item, now)));
                batches = takeBatches();
            }
        }
        if (batches == null) {
            IllegalStateException full = new IllegalStateException("The bot's outbox is full (" + capacity
                    + " messages waiting): the Kik API is not keeping up");
            items.forEach(item -> fail(item, full));
            return;
        }
        batches.forEach(this::send);
    }

    /** @return completes once nothing is queued or in flight */
    synchronized CompletableFuture<Void> idle() {
        if (pending.isEmpty() && sending == 0) {
            return CompletableFuture.completedFuture(null);
        }
        if (idle == null) {
            idle = new CompletableFuture<>();
        }
        return idle;
    }

    /** Opens the calls that waited long enough to fill up. */
    private void timerFired() {
        List<List<Item>> batches;
        synchronized (this) {
            timerSet = false;
            batches = takeBatches();
        }
        batches.forEach(this::send);
    }

    private void send(List<Item> batch) {
        deliver(batch).whenComplete((done, error) -> finished(batch));
    }

    private void finished(List<Item> batch) {
        List<List<Item>> next;
        CompletableFuture<Void> nowIdle = null;
        synchronized (this) {
            sending--;
            batch.forEach(item -> busy.remove(recipient(item)));
            next = takeBatches();
            if (pending.isEmpty() && sending == 0 && idle != null) {
                nowIdle = idle;
                idle = null;
            }
        }
        next.forEach(this::send);
        if (nowIdle != null) {
            nowIdle.complete(null);
        }
    }

    /** Sends one call's worth; never fails: every item's future is settled instead. */
    private CompletableFuture<Void> deliver(List<Item> batch) {
        CompletableFuture<Void> call;
        try {
            call = kik.sendMessagesAsync(batch.stream().map(Item::message).toList());
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        return call.handle((accepted, error) -> {
            if (error == null) {
                batch.forEach(item -> item.sent().complete(null));
                return CompletableFuture.<Void>completedFuture(null);
            }
            Throwable cause = ErrorReporter.unwrap(error);
            if (batch.size() > 1 && cause instanceof KikApiException api && api.statusCode() == 400) {
                return isolate(batch);
            }
            batch.forEach(item -> fail(item, cause));
            return CompletableFuture.<Void>completedFuture(null);
        }).thenCompose(settled -> settled);
    }

    /** A refused call is retried per recipient, in parallel, and a single recipient's messages in order. */
    private CompletableFuture<Void> isolate(List<Item> batch) {
        Map<String, List<Item>> byRecipient = new LinkedHashMap<>();
        batch.forEach(item -> byRecipient.computeIfAbsent(recipient(item), r -> new ArrayList<>()).add(item));
        if (byRecipient.size() > 1) {
            return CompletableFuture.allOf(byRecipient.values().stream().map(this::deliver)
                    .toArray(CompletableFuture[]::new));
        }
        CompletableFuture<Void> inOrder = CompletableFuture.completedFuture(null);
        for (Item item : batch) {
            inOrder = inOrder.thenCompose(previous -> deliver(List.of(item)));
        }
        return inOrder;
    }

    /** Reports before completing, so whoever waits on the reply (the webhook's 200 too) sees it reported. */
    private void fail(Item item, Throwable cause) {
        if (!item.sent().isDone()) {
            errors.sendFailed(item.incoming(), item.message(), cause);
            item.sent().completeExceptionally(cause);
        }
    }

    private List<List<Item>> takeBatches() {
        List<List<Item>> batches = new ArrayList<>();
        while (sending < maxConcurrentSends && !pending.isEmpty()) {
            long waited = nanoTime.getAsLong() - pending.peekFirst().since();
            if (sending >= OPEN_CALLS && pending.size() < OutgoingRules.MAX_MESSAGES_PER_REQUEST
                    && waited < MAX_WAIT.toNanos()) {
                wakeAfter(MAX_WAIT.toNanos() - waited);
                break;
            }
            List<Item> batch = takeBatch();
            if (batch.isEmpty()) {
                break; // every waiting recipient has a call in flight; its end takes the next batch
            }
            sending++;
            batches.add(batch);
        }
        return batches;
    }

    private void wakeAfter(long nanos) {
        if (timerSet) {
            return;
        }
        try {
            timer.schedule(this::timerFired, nanos, TimeUnit.NANOSECONDS);
            timerSet = true;
        } catch (RejectedExecutionException closed) {
            // The bot is closing; the calls in flight take what waits when they end.
        }
    }

    /** The oldest messages that fit in one call, skipping recipients with a call in flight. */
    private List<Item> takeBatch() {
        List<Item> batch = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        Set<String> held = new HashSet<>();
        Iterator<Queued> queue = pending.iterator();
        for (int scanned = 0; queue.hasNext() && scanned < SCAN_LIMIT
                && batch.size() < OutgoingRules.MAX_MESSAGES_PER_REQUEST; scanned++) {
            Item item = queue.next().item();
            String to = recipient(item);
            if (held.contains(to) || busy.contains(to)
                    || taken.getOrDefault(to, 0) == OutgoingRules.MAX_MESSAGES_PER_RECIPIENT) {
                held.add(to); // its later messages must not overtake this one
                continue;
            }
            taken.merge(to, 1, Integer::sum);
            batch.add(item);
            queue.remove();
        }
        busy.addAll(taken.keySet());
        return batch;
    }

    private static String recipient(Item item) {
        return item.message().to().orElse("").toLowerCase(Locale.ROOT);
    }
}
