package dev.kikbot.api;

import dev.kikbot.api.message.Message;
import java.util.List;

/**
 * A send that needed several requests failed part way: the first requests were accepted, a later one
 * failed, and the ones after it were not attempted. Nothing is lost silently: {@link #accepted()} and
 * {@link #notSent()} together hold every message of the call, and {@link #getCause()} is the failure of the
 * request that broke off ({@link KikApiException} or {@link KikTransportException}).
 *
 * <p>When the very first request fails, the send call throws that failure itself, since then no message
 * was accepted.
 */
public class KikPartialSendException extends KikException {

    private static final long serialVersionUID = 1L;

    private final transient List<Message> accepted;
    private final transient List<Message> notSent;

    /**
     * @param accepted the messages the API accepted
     * @param notSent the messages of the failed request and of the requests after it
     * @param cause the failure of the request that broke off
     */
    public KikPartialSendException(List<Message> accepted, List<Message> notSent, KikException cause) {
        super(accepted.size() + " message(s) accepted, " + notSent.size() + " not sent: " + cause.getMessage(),
                cause);
        this.accepted = List.copyOf(accepted);
        this.notSent = List.copyOf(notSent);
    }

    /** @return the messages the API accepted, in the order they were sent */
    public List<Message> accepted() {
        return accepted;
    }

    /**
     * @return the messages whose request failed or was never made; if the failure was a
     *     {@link KikTransportException}, the first request of these may have reached the server all the same
     */
    public List<Message> notSent() {
        return notSent;
    }

    /** @return the failure of the request that broke off */
    @Override
    public synchronized KikException getCause() {
        return (KikException) super.getCause();
    }
}
