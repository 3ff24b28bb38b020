package dev.kikbot.benchmarks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Simulated users on the control API: each has a direct chat with the bot, says numbered texts, and a
 * watcher per chat long-polls the chat's messages to see the bot's echo stored, which ends the round trip.
 */
final class Users implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackHttp client;
    private final String control;
    private final List<String> chats = new ArrayList<>();
    private final List<Semaphore> replies = new ArrayList<>();
    /** Send time (nanoTime) of each body said and not yet echoed. */
    private final Map<String, Long> outstanding = new ConcurrentHashMap<>();
    private final Latencies latencies;
    final AtomicLong failures = new AtomicLong();

    Users(String emulatorUrl, String bot, int count, Latencies latencies) throws IOException, InterruptedException {
        this.client = new LoopbackHttp(emulatorUrl);
        this.control = "/emulator/v1";
        this.latencies = latencies;
        for (int u = 0; u < count; u++) {
            post("/users", "{\"username\":\"loaduser" + u + "\",\"firstName\":\"Load\",\"lastName\":\"User\"}");
            LoopbackHttp.Answer chat = post("/chats", "{\"bot\":\"" + bot + "\",\"users\":[\"loaduser" + u + "\"]}");
            chats.add(JSON.readTree(chat.body()).get("chatId").asText());
            replies.add(new Semaphore(0));
        }
    }

    int count() {
        return chats.size();
    }

    /**
     * User {@code u} says text number {@code n}, timed from {@code sentNanos}.
     *
     * @return whether the control API accepted it (201)
     */
    boolean say(int u, long n, long sentNanos) throws InterruptedException {
        String body = "u" + u + "-" + n;
        outstanding.put(body, sentNanos);
        try {
            LoopbackHttp.Answer answer = post("/chats/" + chats.get(u) + "/messages",
                    "{\"from\":\"loaduser" + u + "\",\"type\":\"text\",\"body\":\"" + body + "\"}");
            if (answer.status() == 201) {
                return true;
            }
        } catch (IOException e) {
            // counted below
        }
        outstanding.remove(body);
        failures.incrementAndGet();
        return false;
    }

    /** Waits for the echo of user {@code u}'s last text; false after the timeout. */
    boolean awaitReply(int u, Duration timeout) throws InterruptedException {
        return replies.get(u).tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return how many texts were said and are not echoed yet */
    int outstanding() {
        return outstanding.size();
    }

    /** Long-polls chat {@code u} until {@code running} is false, ending the round trip of every echo seen. */
    void watch(int u, BooleanSupplier running) {
        long after = 0;
        while (running.getAsBoolean()) {
            JsonNode page;
            try {
                LoopbackHttp.Answer answer = client.get(control + "/chats/" + chats.get(u) + "/messages?after="
                        + after + "&waitMs=500");
                page = JSON.readTree(answer.body()).get("messages");
            } catch (IOException e) {
                failures.incrementAndGet();
                continue;
            }
            long now = System.nanoTime();
            for (JsonNode stored : page) {
                after = stored.get("seq").asLong();
                if (stored.get("direction").asText().equals("from-bot")) {
                    Long sent = outstanding.remove(stored.get("message").path("body").asText());
                    if (sent != null) {
                        latencies.record(sent, now);
                        replies.get(u).release();
                    }
                }
            }
        }
    }

    private LoopbackHttp.Answer post(String path, String json) throws IOException {
        return client.post(control + path, json);
    }

    @Override
    public void close() {
        client.close();
    }
}
