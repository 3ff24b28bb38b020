package dev.kikbot.emulator.store;

/** The database failed: a bug or a broken file, never bad input (which is refused before it is stored). */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done
     * @param cause the driver's failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
