package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.delivery.Threads;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.MessageFeed;
import dev.kikbot.emulator.store.Refusal;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /emulator/v1/events}: the web page's live updates, as server-sent events. A {@code ready} event
 * opens the stream. Every message stored after {@code ?after=SEQ} (or the {@code Last-Event-ID} a
 * reconnecting browser sends; without either, from now on) is a {@code message} event whose id is its
 * sequence number, first those stored already, then each as it comes; {@code reset} says everything was
 * forgotten ({@code POST /reset}); {@code update}
 * events name a chat whose messages' delivery changed, {@code refusal} events carry a refused Bot API call.
 *
 * <p>All sending happens on one thread of its own, in order, so neither the request threads nor the
 * deliveries that publish wait on a slow browser. A comment every 15 seconds keeps idle streams open.
 */
public final class EventStream implements MessageFeed.Listener, AutoCloseable {

    private static final int BATCH = 200;
    private static final long KEEP_ALIVE_SECONDS = 15;

    /** One browser's stream and the newest message it was sent; used on the sending thread only. */
    private static final class Subscriber {
        final SseClient client;
        long cursor;

        Subscriber(SseClient client, long cursor) {
            this.client = client;
            this.cursor = cursor;
        }
    }

    private final Store store;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor sender = new ScheduledThreadPoolExecutor(1,
            Threads.daemon("kik-emulator-events"));

    public EventStream(Store store, MessageFeed feed) {
        this.store = store;
        feed.listen(this);
        sender.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /** Adds the endpoint. */
    public void routes(Javalin app) {
        String path = ControlApi.BASE + "/events";
        // Checked before the stream starts, so that bad input is still a plain 400.
        app.before(path, ctx -> Exchanges.nonNegative(ctx, "after", 0));
        app.sse(path, client -> {
            long newest = store.newestSeq();
            // Never past the newest: after a restart on a fresh database the browser's last id is from before.
            long after = Math.min(newest, resumeFrom(client.ctx()));
            Subscriber subscriber = new Subscriber(client, after);
            client.keepAlive();
            client.onClose(() -> subscribers.remove(subscriber));
            subscribers.add(subscriber);
            run(() -> {
                client.sendEvent("ready", Json.object().put("after", after).put("newest", newest).toString(), null);
                catchUp(subscriber);
            });
        });
    }

    /** @return the Last-Event-ID of a reconnecting browser, else {@code ?after}, else now (no history) */
    private static long resumeFrom(Context ctx) {
        String lastId = ctx.header("Last-Event-ID");
        if (lastId != null && lastId.matches("\\d{1,18}")) {
            return Long.parseLong(lastId);
        }
        return Exchanges.nonNegative(ctx, "after", Long.MAX_VALUE);
    }

    @Override
    public void published(String chatId) {
        run(() -> subscribers.forEach(this::catchUp));
    }

    @Override
    public void changed(String chatId) {
        String data = Json.object().put("chatId", chatId).toString();
        run(() -> subscribers.forEach(s -> s.client.sendEvent("update", data, null)));
    }

    @Override
    public void refused(Refusal refusal) {
        String data = InspectorViews.refusal(refusal).toString();
        run(() -> subscribers.forEach(s -> s.client.sendEvent("refusal", data, null)));
    }

    @Override
    public void reset() {
        // A store may number messages anew after a reset: never wait past its newest.
        run(() -> subscribers.forEach(s -> {
            s.cursor = Math.min(s.cursor, store.newestSeq());
            s.client.sendEvent("reset", "{}", null);
        }));
    }

    /** A failing stream must not end the repeated task, which would leave the others without keep-alives. */
    private void keepAlive() {
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.client.sendComment("keep-alive");
            } catch (RuntimeException closed) {
                subscribers.remove(subscriber);
            }
        }
    }

    /** Sends a subscriber every message stored after the last one it was sent. */
    private void catchUp(Subscriber subscriber) {
        while (!subscriber.client.terminated()) {
            List<StoredMessage> batch = store.messagesAfter(subscriber.cursor, BATCH);
            for (StoredMessage message : batch) {
                ObjectNode data = Views.message(message).put("chatId", message.chatId());
                subscriber.client.sendEvent("message", data.toString(), Long.toString(message.seq()));
                subscriber.cursor = message.seq();
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    /** Hands a task to the sending thread; nothing to do, and no task, while no browser listens. */
    private void run(Runnable task) {
        if (subscribers.isEmpty()) {
            return;
        }
        try {
            sender.execute(task);
        } catch (RejectedExecutionException closed) {
            // the emulator is stopping: the browsers reconnect to the next one
        }
    }

    /** Ends every stream (browsers reconnect by themselves) and stops the sending thread. */
    @Override
    public void close() {
        sender.shutdownNow();
        subscribers.forEach(s -> s.client.close());
        subscribers.clear();
    }
}
