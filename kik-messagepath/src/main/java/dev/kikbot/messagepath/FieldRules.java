package dev.kikbot.messagepath;

import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.GeneratedMessage.GeneratedExtension;
import com.google.protobuf.Message;
import dev.kikbot.messagepath.SchemaViolation.Rule;
import dev.kikbot.messagepath.validation.ProtobufValidation.FieldValidation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code kik.validation} rules of one field, read from its options once (the regex compiled), and the
 * checks of its values against them. Violations are reported at {@code at.name} or {@code at.name[index]}.
 */
final class FieldRules {

    private final FieldValidation options;
    private final Pattern regex;

    private FieldRules(FieldValidation options) {
        this.options = options;
        this.regex = options.hasRegex() ? Pattern.compile(options.getRegex()) : null;
    }

    /** @return the field's rules under this option, or null if it has none */
    static FieldRules of(FieldDescriptor field, GeneratedExtension<FieldOptions, FieldValidation> option) {
        return field.getOptions().hasExtension(option) ? new FieldRules(field.getOptions().getExtension(option)) : null;
    }

    boolean mandatory() {
        return options.getMandatory();
    }

    /** The rules of a repeated field as a whole: presence, number of elements, order. */
    void checkElements(Message message, FieldDescriptor field, int count, FieldPath at, List<SchemaViolation> out) {
        String name = field.getName();
        if (options.getMandatory() && count == 0) {
            add(out, at, name, -1, Rule.MANDATORY, "is mandatory");
        }
        if (options.hasMinRepetitions() && count < Integer.toUnsignedLong(options.getMinRepetitions())) {
            add(out, at, name, -1, Rule.MIN_REPETITIONS, "must have at least "
                    + Integer.toUnsignedString(options.getMinRepetitions()) + " (has " + count + ")");
        }
        if (options.hasMaxRepetitions() && count > Integer.toUnsignedLong(options.getMaxRepetitions())) {
            add(out, at, name, -1, Rule.MAX_REPETITIONS, "must have at most "
                    + Integer.toUnsignedString(options.getMaxRepetitions()) + " (has " + count + ")");
        }
        if (options.hasOrdered()) {
            checkOrder(message, field, count, at, out);
        }
    }

    /** The rules of one value: a string's pattern and lengths (only if present), a number's bounds. */
    void checkValue(Object value, FieldDescriptor field, boolean present, FieldPath at, String name, int index,
            List<SchemaViolation> out) {
        if (value instanceof String text) {
            if (present) {
                checkString(text, at, name, index, out);
            }
        } else if (value instanceof Number number) {
            checkNumber(number, field, at, name, index, out);
        } else if (value instanceof EnumValueDescriptor enumValue) {
            checkNumber(enumValue.getNumber(), field, at, name, index, out);
        }
    }

    private void checkString(String text, FieldPath at, String name, int index, List<SchemaViolation> out) {
        if (regex != null && !regex.matcher(text).find()) {
            add(out, at, name, index, Rule.REGEX, "'" + text + "' must match " + options.getRegex());
        }
        if (options.hasMinByteLength() || options.hasMaxByteLength()) {
            int bytes = utf8Length(text);
            bound(out, at, name, index, Rule.MIN_BYTE_LENGTH, options.hasMinByteLength(), options.getMinByteLength(),
                    bytes, " bytes");
            bound(out, at, name, index, Rule.MAX_BYTE_LENGTH, options.hasMaxByteLength(), options.getMaxByteLength(),
                    bytes, " bytes");
        }
        if (options.hasMinCodepoints() || options.hasMaxCodepoints()) {
            int codepoints = text.codePointCount(0, text.length());
            bound(out, at, name, index, Rule.MIN_CODEPOINTS, options.hasMinCodepoints(), options.getMinCodepoints(),
                    codepoints, " characters");
            bound(out, at, name, index, Rule.MAX_CODEPOINTS, options.hasMaxCodepoints(), options.getMaxCodepoints(),
                    codepoints, " characters");
        }
    }

    private void checkNumber(Number number, FieldDescriptor field, FieldPath at, String name, int index,
            List<SchemaViolation> out) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (options.hasMinDoubleVal() && value < options.getMinDoubleVal()) {
                add(out, at, name, index, Rule.MIN_VALUE,
                        "must be at least " + options.getMinDoubleVal() + " (is " + value + ")");
            }
            if (options.hasMaxDoubleVal() && value > options.getMaxDoubleVal()) {
                add(out, at, name, index, Rule.MAX_VALUE,
                        "must be at most " + options.getMaxDoubleVal() + " (is " + value + ")");
            }
            return;
        }
        boolean unsigned = field.getType() == FieldDescriptor.Type.UINT32 || field.getType() == FieldDescriptor.Type.FIXED32;
        long value = unsigned ? Integer.toUnsignedLong(number.intValue()) : number.longValue();
        bound(out, at, name, index, Rule.MIN_VALUE, options.hasMinVal(), options.getMinVal(), value, "");
        bound(out, at, name, index, Rule.MAX_VALUE, options.hasMaxVal(), options.getMaxVal(), value, "");
    }

    /** Reports a value below a set {@code MIN_*} limit or above a set {@code MAX_*} limit. */
    private static void bound(List<SchemaViolation> out, FieldPath at, String name, int index, Rule rule, boolean set,
            long limit, long value, String unit) {
        boolean atLeast = rule == Rule.MIN_BYTE_LENGTH || rule == Rule.MIN_CODEPOINTS || rule == Rule.MIN_VALUE;
        if (set && (atLeast ? value < limit : value > limit)) {
            add(out, at, name, index, rule,
                    "must be at " + (atLeast ? "least " : "most ") + limit + unit + " (is " + value + ")");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkOrder(Message message, FieldDescriptor field, int count, FieldPath at, List<SchemaViolation> out) {
        boolean ascending = options.getOrdered() == FieldValidation.Order.ASC;
        for (int i = 1; i < count; i++) {
            Object previous = comparable(message.getRepeatedField(field, i - 1));
            Object current = comparable(message.getRepeatedField(field, i));
            if (!(previous instanceof Comparable before) || !(current instanceof Comparable)) {
                return; // messages and bytes have no order to check
            }
            int compared = before.compareTo(current);
            if (ascending ? compared > 0 : compared < 0) {
                add(out, at, field.getName(), i, Rule.ORDERED,
                        "must be in " + (ascending ? "ascending" : "descending") + " order");
                return;
            }
        }
    }

    private static Object comparable(Object value) {
        return value instanceof EnumValueDescriptor enumValue ? Integer.valueOf(enumValue.getNumber()) : value;
    }

    /** The length of a string in UTF-8, as {@code getBytes(UTF_8)} would give it, without encoding it. */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3; // a lone surrogate is encoded as '?'
            }
        }
        return bytes;
    }

    static void add(List<SchemaViolation> out, FieldPath at, String name, int index, Rule rule, String message) {
        out.add(new SchemaViolation(FieldPath.spell(at, name, index), rule, message));
    }
}
