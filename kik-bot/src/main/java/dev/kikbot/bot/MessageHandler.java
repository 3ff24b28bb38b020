package dev.kikbot.bot;

import dev.kikbot.api.message.Message;

/**
 * Handles one incoming message. It ends the chain by replying or calling {@link Context#ignore()}, or passes
 * the message on to the next matching handler with {@link Context#next()}. A handler that returns having
 * done neither also ends the chain, as in kik-node.
 *
 * @param <M> the message type handled
 */
@FunctionalInterface
public interface MessageHandler<M extends Message> {

    /**
     * @param message the incoming message
     * @param context replies to it and steers the chain
     * @throws Exception anything; it is logged with the message id, and the other messages of the same
     *     webhook request are still handled
     */
    void handle(M message, Context context) throws Exception;
}
