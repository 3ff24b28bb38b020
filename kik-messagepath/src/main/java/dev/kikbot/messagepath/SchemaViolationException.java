package dev.kikbot.messagepath;

import dev.kikbot.api.KikException;
import java.util.List;
import java.util.stream.Collectors;

/** A message breaks rules of its schema's {@code kik.validation} options; {@link #violations()} lists them. */
public class SchemaViolationException extends KikException {

    private static final long serialVersionUID = 1L;

    private final transient List<SchemaViolation> violations;

    /**
     * @param violations the broken rules; at least one
     */
    public SchemaViolationException(List<SchemaViolation> violations) {
        super(violations.stream().map(SchemaViolation::toString).collect(Collectors.joining("; ", "Invalid: ", "")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** @return every broken rule, in field order */
    public List<SchemaViolation> violations() {
        return violations;
    }
}
