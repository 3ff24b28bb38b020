package dev.kikbot.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.testkit.ControlApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls the emulator's control API ({@code /emulator/v1}) in JSON over HTTP/1.1. Every answer outside 2xx is a
 * {@link ControlApiException} with its status and body. Not part of the kit's API.
 */
public final class ControlClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final HttpClient http;

    /** @param emulatorUrl the emulator's URL, such as {@code http://127.0.0.1:8080} */
    public ControlClient(String emulatorUrl) {
        this.base = emulatorUrl + "/emulator/v1";
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT).build();
    }

    /** @return a new, empty JSON object to build a request body in */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return the JSON tree of {@code json} */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The emulator answered something that is not JSON: " + json, e);
        }
    }

    /** @return {@code value}, escaped for a path segment or query value */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code GET path}, answered within {@code timeout} plus a margin. */
    public JsonNode get(String path, Duration timeout) {
        return call("GET", path, HttpRequest.BodyPublishers.noBody(), timeout.plus(TIMEOUT));
    }

    /** {@code GET path}. */
    public JsonNode get(String path) {
        return get(path, Duration.ZERO);
    }

    /** {@code POST path} with a JSON body. */
    public JsonNode post(String path, JsonNode body) {
        return call("POST", path, HttpRequest.BodyPublishers.ofString(body.toString()), TIMEOUT);
    }

    private JsonNode call(String method, String path, HttpRequest.BodyPublisher body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Content-Type", "application/json").method(method, body).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The emulator did not answer " + method + " " + base + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + method + " " + base + path, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ControlApiException(response.statusCode(), method + " /emulator/v1" + path, response.body());
        }
        return response.body().isEmpty() ? object() : tree(response.body());
    }
}
