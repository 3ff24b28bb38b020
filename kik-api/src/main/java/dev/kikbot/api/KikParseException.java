package dev.kikbot.api;

/**
 * JSON that is not what the Bot API exchanges: not JSON at all, or a known field with the wrong type. The
 * message says where (a path such as {@code messages[1].timestamp}, or a line and column) and why.
 */
public class KikParseException extends KikException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message where and why
     */
    public KikParseException(String message) {
        super(message);
    }

    /**
     * @param message where and why
     * @param cause the parser's own failure
     */
    public KikParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
