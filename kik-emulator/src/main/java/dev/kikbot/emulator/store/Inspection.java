package dev.kikbot.emulator.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the inspector shows of one stored message.
 *
 * @param attempts the webhook requests that carried it, oldest first (messages to the bot)
 * @param apiCall the bot's accepted call that carried it (the bot's messages)
 * @param coreProto its CoreMessage's protobuf bytes (the bot's messages)
 */
public record Inspection(StoredMessage message, List<DeliveryAttempt> attempts, Optional<ApiCall> apiCall,
        Optional<byte[]> coreProto) {

    /** Checks the fields and freezes the attempts. */
    public Inspection {
        Objects.requireNonNull(message, "message");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(apiCall, "apiCall");
        Objects.requireNonNull(coreProto, "coreProto");
    }
}
