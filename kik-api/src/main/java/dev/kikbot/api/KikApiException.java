package dev.kikbot.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The Bot API answered with a status other than 2xx. Carries the status and the body exactly as the server
 * sent them, and the {@code error} and {@code message} of the API's error shape
 * {@code {"error":"BadRequest","message":"..."}} when the body has them.
 */
public class KikApiException extends KikException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int statusCode;
    private final String body;
    private final String error;
    private final String errorMessage;

    /**
     * @param method the HTTP method of the failed request
     * @param path the path of the failed request, such as {@code /v1/message}
     * @param statusCode the HTTP status
     * @param body the response body as text, empty if none
     * @param error the {@code error} field of the body, or null
     * @param errorMessage the {@code message} field of the body, or null
     */
    public KikApiException(String method, String path, int statusCode, String body, String error,
            String errorMessage) {
        super(describe(method, path, statusCode, body, error, errorMessage));
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.statusCode = statusCode;
        this.body = Objects.requireNonNull(body, "body");
        this.error = error;
        this.errorMessage = errorMessage;
    }

    /** @return the HTTP method of the failed request */
    public String method() {
        return method;
    }

    /** @return the path of the failed request, such as {@code /v1/message} */
    public String path() {
        return path;
    }

    /** @return the HTTP status the server answered with */
    public int statusCode() {
        return statusCode;
    }

    /** @return the response body exactly as sent, empty if there was none */
    public String body() {
        return body;
    }

    /** @return the {@code error} field of a JSON error body, such as {@code BadRequest} */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** @return the {@code message} field of a JSON error body */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    private static String describe(String method, String path, int status, String body, String error,
            String errorMessage) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(path)
                .append(" failed with HTTP ").append(status);
        if (error != null || errorMessage != null) {
            text.append(": ").append(error == null ? "" : error);
            if (errorMessage != null) {
                text.append(error == null ? "" : " - ").append(errorMessage);
            }
        } else if (!body.isEmpty()) {
            text.append(": ").append(body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
        return text.toString();
    }
}
