package dev.kikbot.api;

/** The API did not answer within the connect or request timeout of the client. */
public class KikTimeoutException extends KikTransportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which request timed out
     * @param cause the timeout reported by the HTTP client
     */
    public KikTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
