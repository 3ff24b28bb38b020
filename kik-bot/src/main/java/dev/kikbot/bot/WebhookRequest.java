package dev.kikbot.bot;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the webhook needs it: method, path with its query, headers, the exact body bytes
 * and, for the log, who sent it.
 *
 * @param method the request method
 * @param path the request path, optionally with its query string
 * @param headers the request headers; names are matched without regard to case
 * @param body the exact bytes of the request body; empty if none
 * @param remoteAddress the client's address, for log lines; any text, such as {@code 127.0.0.1:51234}
 */
public record WebhookRequest(String method, String path, Map<String, List<String>> headers, byte[] body,
        String remoteAddress) {

    /** Checks that nothing is null; a null body is an empty one. */
    public WebhookRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    /**
     * @param name a header name, in any case
     * @return every value of that header, in order
     */
    public List<String> headers(String name) {
        List<String> values = new java.util.ArrayList<>(1);
        headers.forEach((key, list) -> {
            if (key != null && key.equalsIgnoreCase(name) && list != null) {
                values.addAll(list);
            }
        });
        return values;
    }

    /**
     * @param name a header name, in any case
     * @return its first value, or null
     */
    String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
