package dev.kikbot.bot;

/**
 * Receives every handler exception and every message the bot failed to send. The default logs each at
 * WARN, once; set your own with {@link BotBuilder#onError} to count, alert or retry.
 */
@FunctionalInterface
public interface ErrorHandler {

    /**
     * Called on the thread that saw the failure: a handler's thread, or the HTTP client's for a refused
     * send. Keep it quick; an exception it throws is logged and otherwise ignored.
     *
     * @param error what failed, with the message and the cause
     */
    void onError(BotError error);
}
