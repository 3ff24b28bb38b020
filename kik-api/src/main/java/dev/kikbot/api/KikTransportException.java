package dev.kikbot.api;

/**
 * No HTTP answer came from the API: the connection failed or broke. Whether the request reached the server
 * is unknown, which is why only idempotent requests are retried after it.
 */
public class KikTransportException extends KikException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which request failed and how
     * @param cause the I/O failure
     */
    public KikTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
