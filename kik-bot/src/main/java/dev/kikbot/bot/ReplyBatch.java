package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The replies made while one webhook request is handled. They are held back so that replies to all of
 * the request's messages go to the {@link Outbox} together, until the first of: every handler returned, a
 * handler waits on a reply, or the oldest reply has waited {@code maxReplyDelay}. Later replies (from a
 * handler that kept its context) go out at once.
 */
final class ReplyBatch {

    private final Outbox outbox;
    private final ScheduledExecutorService timer;
    private final Duration maxDelay;
    private final List<Outbox.Item> held = new ArrayList<>();
    private final List<CompletableFuture<Void>> all = new ArrayList<>();
    private ScheduledFuture<?> deadline;
    private boolean closed;

    ReplyBatch(Outbox outbox, ScheduledExecutorService timer, Duration maxDelay) {
        this.outbox = outbox;
        this.timer = timer;
        this.maxDelay = maxDelay;
    }

    /**
     * @param incoming the message being answered
     * @param replies the replies, checked and ready to send
     * @return completes when every reply was accepted; fails with the first failure
     */
    CompletableFuture<Void> add(Message incoming, List<Message> replies) {
        List<Outbox.Item> items = new ArrayList<>(replies.size());
        for (Message reply : replies) {
            items.add(new Outbox.Item(reply, incoming, new CompletableFuture<>()));
        }
        boolean sendNow;
        synchronized (this) {
            items.forEach(item -> all.add(item.sent()));
            sendNow = closed;
            if (!sendNow) {
                held.addAll(items);
                if (deadline == null && !maxDelay.isZero()) {
                    deadline = timer.schedule(this::send, maxDelay.toNanos(), TimeUnit.NANOSECONDS);
                }
            }
        }
        if (sendNow) {
            outbox.submit(items);
        }
        CompletableFuture<Void> reply = allOf(items);
        synchronized (this) {
            all.add(reply); // so the webhook answers only once the handler's own future settled too
        }
        return reply;
    }

    /** Hands what is held to the outbox. */
    void send() {
        List<Outbox.Item> out;
        synchronized (this) {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
            if (held.isEmpty()) {
                return;
            }
            out = List.copyOf(held);
            held.clear();
        }
        outbox.submit(out);
    }

    /** @return whether a reply of this request failed with exactly this exception, already reported */
    synchronized boolean failedWith(Throwable cause) {
        for (CompletableFuture<Void> reply : all) {
            if (reply.isCompletedExceptionally() && reply.handle((ok, error) -> error).join() == cause) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends what is held and sends later replies at once.
     *
     * @return completes (never fails) when every reply of the request was accepted or failed
     */
    CompletableFuture<Void> close() {
        CompletableFuture<?>[] replies;
        synchronized (this) {
            closed = true;
            replies = all.stream().map(reply -> reply.handle((ok, error) -> null)).toArray(CompletableFuture[]::new);
        }
        send();
        return CompletableFuture.allOf(replies);
    }

    private CompletableFuture<Void> allOf(List<Outbox.Item> items) {
        ReplyFuture<Void> result = new ReplyFuture<>(this::send);
        if (items.isEmpty()) {
            result.complete(null);
            return result;
        }
        AtomicInteger left = new AtomicInteger(items.size());
        for (Outbox.Item item : items) {
            item.sent().whenComplete((ok, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (left.decrementAndGet() == 0) {
                    result.complete(null);
                }
            });
        }
        return result;
    }
}
