package dev.kikbot.bot;

import dev.kikbot.api.KikApi;
import dev.kikbot.api.KikPartialSendException;
import dev.kikbot.api.message.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Collects the replies made while one webhook request is handled and sends them together, so the client
 * can split them into as few requests as the limits allow. A reply made after the flush (by a handler that
 * kept its context) is sent at once. Every reply's future completes with the outcome of its own message.
 */
final class ReplyBatch {

    private record Pending(Message message, CompletableFuture<Void> sent) {
    }

    private final KikApi kik;
    private final List<OutgoingHook> hooks;
    private final List<Pending> pending = new ArrayList<>();
    private boolean flushed;

    ReplyBatch(KikApi kik, List<OutgoingHook> hooks) {
        this.kik = kik;
        this.hooks = hooks;
    }

    CompletableFuture<Void> add(Message message) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        boolean sendNow;
        synchronized (this) {
            sendNow = flushed;
            if (!sendNow) {
                pending.add(new Pending(message, sent));
            }
        }
        if (sendNow) {
            send(kik, hooks, List.of(new Pending(message, sent)));
        }
        return sent;
    }

    /** Sends what was collected; later replies go out one call each. */
    void flush() {
        List<Pending> batch;
        synchronized (this) {
            flushed = true;
            batch = List.copyOf(pending);
            pending.clear();
        }
        send(kik, hooks, batch);
    }

    /** Sends messages outside a webhook request, through the outgoing hooks. */
    static CompletableFuture<Void> sendNow(KikApi kik, List<OutgoingHook> hooks, List<Message> messages) {
        List<Pending> batch = new ArrayList<>();
        for (Message message : messages) {
            batch.add(new Pending(message, new CompletableFuture<>()));
        }
        send(kik, hooks, batch);
        return CompletableFuture.allOf(batch.stream().map(Pending::sent).toArray(CompletableFuture[]::new));
    }

    private static void send(KikApi kik, List<OutgoingHook> hooks, List<Pending> batch) {
        List<Message> outgoing = new ArrayList<>();
        Map<Message, Deque<CompletableFuture<Void>>> waiting = new IdentityHashMap<>();
        for (Pending reply : batch) {
            Optional<Message> processed;
            try {
                processed = process(hooks, reply.message());
            } catch (RuntimeException hookFailed) {
                reply.sent().completeExceptionally(hookFailed);
                continue;
            }
            if (processed.isEmpty()) {
                reply.sent().complete(null); // dropped by a hook
                continue;
            }
            outgoing.add(processed.get());
            waiting.computeIfAbsent(processed.get(), m -> new ArrayDeque<>()).add(reply.sent());
        }
        if (outgoing.isEmpty()) {
            return;
        }
        kik.sendMessagesAsync(outgoing).whenComplete((done, error) -> {
            if (error == null) {
                waiting.values().forEach(futures -> futures.forEach(f -> f.complete(null)));
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof KikPartialSendException partial) {
                partial.accepted().forEach(message -> poll(waiting, message).complete(null));
                partial.notSent().forEach(message -> poll(waiting, message).completeExceptionally(partial.getCause()));
            } else {
                waiting.values().forEach(futures -> futures.forEach(f -> f.completeExceptionally(cause)));
            }
        });
    }

    private static CompletableFuture<Void> poll(Map<Message, Deque<CompletableFuture<Void>>> waiting, Message message) {
        Deque<CompletableFuture<Void>> futures = waiting.get(message);
        return futures == null || futures.isEmpty() ? new CompletableFuture<>() : futures.poll();
    }

    private static Optional<Message> process(List<OutgoingHook> hooks, Message message) {
        Optional<Message> current = Optional.of(message);
        for (OutgoingHook hook : hooks) {
            current = hook.apply(current.get());
            if (current == null || current.isEmpty()) {
                return Optional.empty();
            }
        }
        return current;
    }
}
