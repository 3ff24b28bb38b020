package dev.kikbot.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The API answered 429 Too Many Requests, and the retry policy did not (or could no longer) retry. The
 * server's {@code Retry-After}, if it sent one, says when trying again makes sense.
 */
public class KikRateLimitException extends KikApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param method the HTTP method of the failed request
     * @param path the path of the failed request
     * @param body the response body as text
     * @param error the {@code error} field of the body, or null
     * @param errorMessage the {@code message} field of the body, or null
     * @param retryAfter the server's {@code Retry-After}, or null
     */
    public KikRateLimitException(String method, String path, String body, String error, String errorMessage,
            Duration retryAfter) {
        super(method, path, 429, body, error, errorMessage);
        this.retryAfter = retryAfter;
    }

    /** @return how long the server asked to wait, from its {@code Retry-After} header */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
