package dev.kikbot.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.KikApiException;
import dev.kikbot.api.KikException;
import dev.kikbot.api.KikRateLimitException;
import dev.kikbot.api.KikTimeoutException;
import dev.kikbot.api.KikTransportException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/** Turns an error answer or an I/O failure into the library's exception for it. */
final class Failures {

    private Failures() {
    }

    /**
     * @param body the answer's body as text; its {@code error} and {@code message} fields are read if it
     *     is a JSON object
     * @param retryAfter the answer's {@code Retry-After}, or null
     */
    static KikApiException answer(String method, String path, int status, String body, Duration retryAfter) {
        String error = null;
        String message = null;
        try {
            JsonNode json = Json.readTree(body);
            if (json != null && json.isObject()) {
                error = json.path("error").isTextual() ? json.get("error").textValue() : null;
                message = json.path("message").isTextual() ? json.get("message").textValue() : null;
            }
        } catch (IOException notJson) {
            // The body is kept as text; error() and errorMessage() stay empty.
        }
        return status == 429
                ? new KikRateLimitException(method, path, body, error, message, retryAfter)
                : new KikApiException(method, path, status, body, error, message);
    }

    /** @return the transport failure for an I/O error, or null for anything else (a bug, not the network) */
    static KikException transport(String method, String path, Throwable error) {
        if (error instanceof HttpTimeoutException) {
            return new KikTimeoutException(method + " " + path + " timed out: " + error.getMessage(), error);
        }
        if (error instanceof IOException) {
            return new KikTransportException(method + " " + path + " failed: " + error, error);
        }
        return null;
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
