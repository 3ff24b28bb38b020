package dev.kikbot.emulator.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the emulator refuses, answered as api.kik.com answered: the status and a JSON body
 * {@code {"error":"BadRequest","message":"..."}} whose message says what to fix. Thrown anywhere a handler
 * finds bad input; the server turns it into the response, so no refusal ends as a 500.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient Duration retryAfter;

    private ApiError(int status, String error, String message, Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"), null, false, false); // no stack: it is an answer
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.retryAfter = retryAfter;
    }

    /** @return 400: the request is malformed or breaks a rule; the message names the field and the rule */
    public static ApiError badRequest(String message) {
        return new ApiError(400, "BadRequest", message, null);
    }

    /** @return 401: no credentials, or not those of a bot */
    public static ApiError unauthorized(String message) {
        return new ApiError(401, "Unauthorized", message, null);
    }

    /** @return 404: no such user, chat, bot or endpoint */
    public static ApiError notFound(String message) {
        return new ApiError(404, "NotFound", message, null);
    }

    /** @return 409: the thing to create exists already */
    public static ApiError conflict(String message) {
        return new ApiError(409, "Conflict", message, null);
    }

    /** @return 413: the body is larger than the emulator reads */
    public static ApiError tooLarge(String message) {
        return new ApiError(413, "PayloadTooLarge", message, null);
    }

    /**
     * @param retryAfter how long to wait before the request can succeed, or null when waiting does not help
     * @return 429: a rate limit refused the request
     */
    public static ApiError tooManyRequests(String message, Duration retryAfter) {
        return new ApiError(429, "TooManyRequests", message, retryAfter);
    }

    /** @return any other status, such as Javalin's own 404 and 405 */
    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the {@code error} of the body, such as {@code BadRequest} */
    public String error() {
        return error;
    }

    /** @return the wait to put in {@code Retry-After}, when waiting helps */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
