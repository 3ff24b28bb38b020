package dev.kikbot.api;

/**
 * The root of every failure this library reports. It is unchecked, so it travels through lambdas and
 * {@link java.util.concurrent.CompletableFuture}s unchanged; catch the subclass that says what you can do:
 *
 * <ul>
 *   <li>{@link KikValidationException}: fix the message you tried to send; nothing was sent.</li>
 *   <li>{@link KikApiException}: the API answered with an error status ({@link KikRateLimitException} for 429).</li>
 *   <li>{@link KikTransportException}: no answer came (I/O failure or {@link KikTimeoutException}).</li>
 *   <li>{@link KikPartialSendException}: some requests of a split send were accepted, the rest not.</li>
 *   <li>{@link KikParseException}: JSON that is not what the Bot API exchanges.</li>
 * </ul>
 */
public class KikException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     */
    public KikException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public KikException(String message, Throwable cause) {
        super(message, cause);
    }
}
