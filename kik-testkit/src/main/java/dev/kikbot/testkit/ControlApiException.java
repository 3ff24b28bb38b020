package dev.kikbot.testkit;

import java.util.Objects;

/**
 * The emulator's control API refused a call the test kit made: a user that exists already, a chat or bot that
 * does not, a message the platform would not accept. Carries the HTTP status and the answer's body, whose
 * {@code message} names the field and the rule.
 */
public final class ControlApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String request;
    private final String body;

    /**
     * @param status the HTTP status
     * @param request the method and path, such as {@code POST /emulator/v1/users}
     * @param body the answer's body, such as {@code {"error":"BadRequest","message":"..."}}
     */
    public ControlApiException(int status, String request, String body) {
        super(request + " answered " + status + ": " + body);
        this.status = status;
        this.request = Objects.requireNonNull(request, "request");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** @return the HTTP status, such as 400, 404 or 409 */
    public int status() {
        return status;
    }

    /** @return the method and path of the call */
    public String request() {
        return request;
    }

    /** @return the answer's body, as sent */
    public String body() {
        return body;
    }
}
