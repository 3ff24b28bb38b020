package dev.kikbot.bot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the webhook answers: a status, a plain-text body and any extra headers (a redirect's
 * {@code Location}, a 503's {@code Retry-After}).
 *
 * @param status the HTTP status
 * @param body the body, plain text
 * @param headers extra headers
 */
public record WebhookResponse(int status, String body, Map<String, String> headers) {

    /** Copies the headers. */
    public WebhookResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    static WebhookResponse of(int status, String body) {
        return new WebhookResponse(status, body, Map.of());
    }

    WebhookResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WebhookResponse(status, body, more);
    }
}
