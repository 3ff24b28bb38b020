package dev.kikbot.emulator.platform;

import dev.kikbot.emulator.store.Refusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells long polls that a chat has a new message. A poll asks for {@link #next(String)} before it looks at
 * the store a last time, so a message stored between its look and its wait still wakes it.
 *
 * <p>It also tells {@linkplain Listener listeners} (the web page's event stream) of new messages, of changes
 * to stored messages' delivery, and of the Bot API calls the emulator refused.
 */
public final class MessageFeed {

    /** Hears what happens in the chats; called on the thread that committed it, so it must not block. */
    public interface Listener {

        /** New messages were committed in the chat. */
        void published(String chatId);

        /** The delivery state of messages of the chat changed (a webhook request was recorded). */
        void changed(String chatId);

        /** A Bot API call was refused and recorded. */
        void refused(Refusal refusal);

        /** Everything was forgotten ({@code POST /reset}): what a listener showed is gone. */
        void reset();
    }

    private final Map<String, List<CompletableFuture<Void>>> waiting = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener, told of everything from now on. */
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /** Tells the listeners that the delivery state of messages of the chat changed. */
    public void changed(String chatId) {
        listeners.forEach(listener -> listener.changed(chatId));
    }

    /** Tells the listeners that everything was forgotten. */
    public void reset() {
        listeners.forEach(Listener::reset);
    }

    /** Tells the listeners of a refused Bot API call. */
    public void refused(Refusal refusal) {
        listeners.forEach(listener -> listener.refused(refusal));
    }

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
        listeners.forEach(listener -> listener.published(chatId));
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
