package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The demo's control API from a test: JSON in, JSON out, and a long poll for the bot's next message. */
final class Control {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    Control(String emulatorUrl) {
        this.base = emulatorUrl + "/emulator/v1";
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    JsonNode post(String path, String json, int expectedStatus) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), expectedStatus);
    }

    /**
     * @return the first text message from the bot in the chat after {@code afterSeq}, long-polling for it;
     *     its read receipts and typing are skipped
     */
    JsonNode awaitBotText(String chatId, long afterSeq) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long seen = afterSeq;
        while (System.nanoTime() < deadline) {
            for (JsonNode stored : get("/chats/" + chatId + "/messages?after=" + seen + "&waitMs=2000").get("messages")) {
                seen = stored.get("seq").asLong();
                if (stored.get("direction").asText().equals("from-bot")
                        && stored.get("message").get("type").asText().equals("text")) {
                    return stored;
                }
            }
        }
        return fail("The bot sent no text to chat %s within %s", chatId, WAIT);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body())
                    .isEqualTo(expectedStatus);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("The control API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
