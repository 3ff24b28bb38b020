package dev.kikbot.emulator.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Tells long polls that a chat has a new message. A poll asks for {@link #next(String)} before it looks at
 * the store a last time, so a message stored between its look and its wait still wakes it.
 */
public final class MessageFeed {

    private final Map<String, List<CompletableFuture<Void>>> waiting = new HashMap<>();

    /** @return a future completed when a message is next stored in the chat, or when the feed closes */
    public synchronized CompletableFuture<Void> next(String chatId) {
        CompletableFuture<Void> signal = new CompletableFuture<>();
        waiting.computeIfAbsent(chatId, id -> new ArrayList<>()).add(signal);
        return signal;
    }

    /** Wakes the polls of a chat; called after its new messages were committed. */
    public void published(String chatId) {
        List<CompletableFuture<Void>> woken;
        synchronized (this) {
            woken = waiting.remove(chatId);
        }
        if (woken != null) {
            woken.forEach(signal -> signal.complete(null));
        }
    }

    /** Forgets a poll that gave up waiting, so an idle chat does not collect them. */
    public synchronized void forget(String chatId, CompletableFuture<Void> signal) {
        List<CompletableFuture<Void>> signals = waiting.get(chatId);
        if (signals != null && signals.remove(signal) && signals.isEmpty()) {
            waiting.remove(chatId);
        }
    }

    /** Wakes every poll, so they answer before the server stops. */
    public void close() {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        synchronized (this) {
            waiting.values().forEach(all::addAll);
            waiting.clear();
        }
        all.forEach(signal -> signal.complete(null));
    }
}
