package dev.kikbot.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A bot's webhook that records, per message id, how often it was delivered, and answers 200 only after a
 * pause, so that a delivery is in flight most of the time. It remembers which requests were received and
 * not yet answered, to tell apart the redeliveries a crash allows.
 */
final class SlowRecordingWebhook implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final long pauseMillis;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, List<String>> bodiesByChat = new HashMap<>();
    private final Map<Integer, List<String>> unanswered = new HashMap<>();
    private final List<Answered> answered = new ArrayList<>();
    private final int alarmAt;
    private final CountDownLatch alarm = new CountDownLatch(1);
    private int requests;

    /**
     * @param alarmAt {@link #awaitAlarm} returns once a request in flight brings the messages seen to this many
     */
    SlowRecordingWebhook(long pauseMillis, int alarmAt) throws IOException {
        this.pauseMillis = pauseMillis;
        this.alarmAt = alarmAt;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/incoming", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/incoming";
    }

    /** @return true once a request that reached the alarm count is being held */
    boolean awaitAlarm(long millis) throws InterruptedException {
        return alarm.await(millis, TimeUnit.MILLISECONDS);
    }

    /** @return how often each message id was delivered */
    synchronized Map<String, Integer> seen() {
        return new HashMap<>(seen);
    }

    /** @return the text bodies each chat received, in order of delivery */
    synchronized Map<String, List<String>> bodiesByChat() {
        Map<String, List<String>> copy = new HashMap<>();
        bodiesByChat.forEach((chat, bodies) -> copy.put(chat, List.copyOf(bodies)));
        return copy;
    }

    /**
     * @return the ids of the requests received and not answered yet, and of those answered in the last
     *     {@code graceMillis}: a sender killed now may not have recorded their 200 yet
     */
    synchronized Set<String> inFlight(long graceMillis) {
        Set<String> ids = new HashSet<>();
        unanswered.values().forEach(ids::addAll);
        long since = System.nanoTime() - graceMillis * 1_000_000;
        answered.stream().filter(a -> a.nanos() >= since).forEach(a -> ids.addAll(a.ids()));
        return ids;
    }

    private record Answered(List<String> ids, long nanos) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        int request;
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = Http.JSON.readTree(in.readAllBytes());
            synchronized (this) {
                request = ++requests;
                List<String> ids = new ArrayList<>();
                for (JsonNode message : body.get("messages")) {
                    String id = message.get("id").asText();
                    ids.add(id);
                    seen.merge(id, 1, Integer::sum);
                    if (message.get("type").asText().equals("text")) {
                        bodiesByChat.computeIfAbsent(message.get("chatId").asText(), chat -> new ArrayList<>())
                                .add(message.get("body").asText());
                    }
                }
                unanswered.put(request, ids);
                if (seen.size() >= alarmAt) {
                    alarm.countDown();
                }
            }
        }
        try {
            Thread.sleep(pauseMillis);
            exchange.sendResponseHeaders(200, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the emulator died while this request was held: it never learns of the 200
        } finally {
            synchronized (this) {
                answered.add(new Answered(unanswered.remove(request), System.nanoTime()));
            }
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
