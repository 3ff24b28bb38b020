package dev.kikbot.bot;

import dev.kikbot.api.KikApi;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.OutgoingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Bot#broadcast}: the same messages to many users through {@code /v1/broadcast}. It bypasses the
 * outbox and the outgoing hooks, as kik-node does; {@code KikApi} splits the calls.
 */
final class Broadcast {

    private final KikApi kik;
    private final ErrorReporter errors;

    Broadcast(KikApi kik, ErrorReporter errors) {
        this.kik = kik;
        this.errors = errors;
    }

    /**
     * @return completes when all were accepted; a bad argument fails the future rather than throwing, like
     *     a refused call, so callers handle both in one place. Every failure also reaches the error handler.
     */
    CompletableFuture<Void> send(List<? extends Message> messages, List<String> recipients) {
        CompletableFuture<Void> sent;
        try {
            sent = kik.sendBroadcastAsync(addressed(messages, recipients));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((done, error) -> {
            if (error != null) {
                errors.sendFailed(null, null, ErrorReporter.unwrap(error));
            }
        });
    }

    /** @return each message once per recipient, recipient by recipient, so each user gets them in order */
    private static List<Message> addressed(List<? extends Message> messages, List<String> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("You must specify a recipient to send a message");
        }
        if (messages.stream().anyMatch(Objects::isNull)) {
            OutgoingRules.validate(messages); // names the null by its index
        }
        List<Message> addressed = new ArrayList<>();
        for (String recipient : recipients) {
            for (Message message : messages) {
                addressed.add(message.toBuilder().to(recipient).build());
            }
        }
        return addressed;
    }
}
