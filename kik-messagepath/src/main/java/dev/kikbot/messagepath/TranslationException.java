package dev.kikbot.messagepath;

import dev.kikbot.api.KikException;
import java.util.Objects;

/** A message that has no valid form on the other side of the translation; names the field at fault. */
public class TranslationException extends KikException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field the field at fault, as a Bot API JSON path ({@code keyboards[0].to}) or a CoreMessage
     *     path ({@code keyboard_attachment.keyboards})
     * @param reason why it cannot be translated
     */
    public TranslationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }

    /** @return why it cannot be translated */
    public String reason() {
        return reason;
    }
}
