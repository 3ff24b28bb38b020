package dev.kikbot.api;

import java.util.Objects;

/**
 * One broken rule in a message that was about to be sent.
 *
 * @param messageIndex the position of the message in the list given to the send call, or -1 when the
 *     violation is not about a message (a username passed to {@code getUser}, say)
 * @param field the field at fault, as a path from the message: {@code body}, {@code keyboards[0].to}
 * @param rule what the field must be, for example {@code is required}
 */
public record Violation(int messageIndex, String field, String rule) {

    /** Checks that field and rule are given. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    /** @return for example {@code messages[2].body: is required} */
    @Override
    public String toString() {
        return messageIndex < 0 ? field + ": " + rule : "messages[" + messageIndex + "]." + field + ": " + rule;
    }
}
