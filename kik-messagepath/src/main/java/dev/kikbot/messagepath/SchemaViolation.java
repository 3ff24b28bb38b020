package dev.kikbot.messagepath;

import java.util.Objects;

/**
 * One broken {@code kik.validation.field_validation} rule in a message tree.
 *
 * @param path where, from the root message: {@code keyboard_attachment.keyboards[0].hidden}
 * @param rule which rule
 * @param message what the rule asks and what was found
 */
public record SchemaViolation(String path, Rule rule, String message) {

    /** Checks that every part is given. */
    public SchemaViolation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The rules of {@code kik.validation.FieldValidation}, one per option field. */
    public enum Rule {
        /** {@code mandatory}: the field must be present. */
        MANDATORY,
        /** {@code regex}: a string must match. */
        REGEX,
        /** {@code min_codepoints}. */
        MIN_CODEPOINTS,
        /** {@code max_codepoints}. */
        MAX_CODEPOINTS,
        /** {@code min_byte_length}, in UTF-8 bytes. */
        MIN_BYTE_LENGTH,
        /** {@code max_byte_length}, in UTF-8 bytes. */
        MAX_BYTE_LENGTH,
        /** {@code min_val} (integers) or {@code min_double_val}. */
        MIN_VALUE,
        /** {@code max_val} (integers) or {@code max_double_val}. */
        MAX_VALUE,
        /** {@code min_repetitions}. */
        MIN_REPETITIONS,
        /** {@code max_repetitions}. */
        MAX_REPETITIONS,
        /** {@code ordered}: repeated values sorted ascending or descending. */
        ORDERED
    }

    /** @return for example {@code keyboard_attachment.keyboards: is mandatory} */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
