package dev.kikbot.emulator.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One webhook request and how it ended.
 *
 * @param attemptedAt when it was sent, in milliseconds since the epoch
 * @param messageIds the ids of the messages it carried, in order
 * @param status the HTTP status the bot answered; empty if it did not answer (refused, timed out)
 * @param latencyMillis from sending to the answer or the failure
 * @param error why it failed; empty when the bot answered 2xx
 * @param request the request as sent; empty when it could not be built, or was recorded before it was kept
 */
public record DeliveryAttempt(String bot, long attemptedAt, List<String> messageIds, OptionalInt status,
        long latencyMillis, Optional<String> error, Optional<WebhookRequest> request) {

    /** Checks the fields and freezes the ids. */
    public DeliveryAttempt {
        Objects.requireNonNull(bot, "bot");
        messageIds = List.copyOf(messageIds);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(request, "request");
    }

    /** An attempt whose request is not known. */
    public DeliveryAttempt(String bot, long attemptedAt, List<String> messageIds, OptionalInt status,
            long latencyMillis, Optional<String> error) {
        this(bot, attemptedAt, messageIds, status, latencyMillis, error, Optional.empty());
    }

    /** @return whether the bot took the messages: it answered 2xx */
    public boolean delivered() {
        return status.isPresent() && status.getAsInt() >= 200 && status.getAsInt() < 300;
    }
}
