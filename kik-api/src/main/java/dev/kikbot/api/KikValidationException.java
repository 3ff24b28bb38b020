package dev.kikbot.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message (or argument) breaks a rule of the Bot API. Thrown before any request is made, so nothing was
 * sent; {@link #violations()} names every message index, field and rule at fault.
 */
public class KikValidationException extends KikException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * @param violations the broken rules; at least one
     */
    public KikValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** @return every broken rule, in message order */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; ", "Invalid: ", ""));
    }
}
