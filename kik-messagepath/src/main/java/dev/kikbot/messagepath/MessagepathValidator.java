package dev.kikbot.messagepath;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Message;
import dev.kikbot.messagepath.SchemaViolation.Rule;
import dev.kikbot.messagepath.validation.ProtobufValidation;
import dev.kikbot.messagepath.validation.ProtobufValidation.FieldValidation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a message tree against the {@code kik.validation.field_validation} options of its schema. The rules
 * are read from the descriptors at run time, none is written here per field: change a {@code .proto} and the
 * validation changes with it. Works for any protobuf message, not only CoreMessage.
 *
 * <p>How presence is judged: a message field is present when set; a repeated field when it has elements; a
 * proto3 string or number without presence when it is not the default ({@code ""}, 0). Length and pattern
 * rules apply only to present strings; value rules apply to every number of a present message, since a
 * proto3 number cannot be absent.
 */
public final class MessagepathValidator {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private MessagepathValidator() {
    }

    /**
     * @param message the root of the tree to check
     * @return every broken rule with its path, in field order; empty when the message is valid
     */
    public static List<SchemaViolation> validate(Message message) {
        Objects.requireNonNull(message, "message");
        List<SchemaViolation> violations = new ArrayList<>();
        check(message, "", violations);
        return violations;
    }

    /**
     * @param message the root of the tree to check
     * @throws SchemaViolationException naming every broken rule, if there is one
     */
    public static void requireValid(Message message) {
        List<SchemaViolation> violations = validate(message);
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(violations);
        }
    }

    private static void check(Message message, String prefix, List<SchemaViolation> out) {
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            String path = prefix + field.getName();
            FieldValidation rules = rules(field, ProtobufValidation.fieldValidation);
            if (field.isRepeated()) {
                checkRepeated(message, field, rules, path, out);
            } else if (field.getJavaType() == JavaType.MESSAGE) {
                boolean present = message.hasField(field);
                if (rules != null && rules.getMandatory() && !present) {
                    out.add(new SchemaViolation(path, Rule.MANDATORY, "is mandatory"));
                }
                if (present) {
                    check((Message) message.getField(field), path + ".", out);
                }
            } else {
                boolean present = field.hasPresence() ? message.hasField(field)
                        : !message.getField(field).equals(field.getDefaultValue());
                if (rules != null && rules.getMandatory() && !present) {
                    out.add(new SchemaViolation(path, Rule.MANDATORY, "is mandatory"));
                }
                if (rules != null && (present || !field.hasPresence())) {
                    checkValue(message.getField(field), field, rules, present, path, out);
                }
            }
        }
    }

    private static void checkRepeated(Message message, FieldDescriptor field, FieldValidation rules, String path,
            List<SchemaViolation> out) {
        int count = message.getRepeatedFieldCount(field);
        if (rules != null) {
            if (rules.getMandatory() && count == 0) {
                out.add(new SchemaViolation(path, Rule.MANDATORY, "is mandatory"));
            }
            if (rules.hasMinRepetitions() && count < Integer.toUnsignedLong(rules.getMinRepetitions())) {
                out.add(new SchemaViolation(path, Rule.MIN_REPETITIONS,
                        "must have at least " + Integer.toUnsignedString(rules.getMinRepetitions()) + " (has " + count + ")"));
            }
            if (rules.hasMaxRepetitions() && count > Integer.toUnsignedLong(rules.getMaxRepetitions())) {
                out.add(new SchemaViolation(path, Rule.MAX_REPETITIONS,
                        "must have at most " + Integer.toUnsignedString(rules.getMaxRepetitions()) + " (has " + count + ")"));
            }
            if (rules.hasOrdered()) {
                checkOrder(message, field, rules.getOrdered(), path, out);
            }
        }
        FieldValidation keyRules = field.isMapField() ? rules(field, ProtobufValidation.mapKey) : null;
        for (int i = 0; i < count; i++) {
            Object element = message.getRepeatedField(field, i);
            String elementPath = path + "[" + i + "]";
            if (element instanceof Message nested) {
                if (keyRules != null) {
                    FieldDescriptor key = nested.getDescriptorForType().findFieldByNumber(1);
                    checkValue(nested.getField(key), key, keyRules, true, elementPath + ".key", out);
                }
                check(nested, elementPath + ".", out);
            } else if (rules != null) {
                checkValue(element, field, rules, true, elementPath, out);
            }
        }
    }

    private static void checkValue(Object value, FieldDescriptor field, FieldValidation rules, boolean present,
            String path, List<SchemaViolation> out) {
        if (value instanceof String text) {
            if (present) {
                checkString(text, rules, path, out);
            }
        } else if (value instanceof Number number) {
            checkNumber(number, field, rules, path, out);
        } else if (value instanceof com.google.protobuf.Descriptors.EnumValueDescriptor enumValue) {
            checkNumber(enumValue.getNumber(), field, rules, path, out);
        }
    }

    private static void checkString(String text, FieldValidation rules, String path, List<SchemaViolation> out) {
        if (rules.hasRegex() && !pattern(rules.getRegex()).matcher(text).find()) {
            out.add(new SchemaViolation(path, Rule.REGEX, "'" + text + "' must match " + rules.getRegex()));
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (rules.hasMinByteLength() && bytes < rules.getMinByteLength()) {
            out.add(new SchemaViolation(path, Rule.MIN_BYTE_LENGTH,
                    "must be at least " + rules.getMinByteLength() + " bytes (is " + bytes + ")"));
        }
        if (rules.hasMaxByteLength() && bytes > rules.getMaxByteLength()) {
            out.add(new SchemaViolation(path, Rule.MAX_BYTE_LENGTH,
                    "must be at most " + rules.getMaxByteLength() + " bytes (is " + bytes + ")"));
        }
        int codepoints = text.codePointCount(0, text.length());
        if (rules.hasMinCodepoints() && codepoints < rules.getMinCodepoints()) {
            out.add(new SchemaViolation(path, Rule.MIN_CODEPOINTS,
                    "must be at least " + rules.getMinCodepoints() + " characters (is " + codepoints + ")"));
        }
        if (rules.hasMaxCodepoints() && codepoints > rules.getMaxCodepoints()) {
            out.add(new SchemaViolation(path, Rule.MAX_CODEPOINTS,
                    "must be at most " + rules.getMaxCodepoints() + " characters (is " + codepoints + ")"));
        }
    }

    private static void checkNumber(Number number, FieldDescriptor field, FieldValidation rules, String path,
            List<SchemaViolation> out) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (rules.hasMinDoubleVal() && value < rules.getMinDoubleVal()) {
                out.add(new SchemaViolation(path, Rule.MIN_VALUE, "must be at least " + rules.getMinDoubleVal()
                        + " (is " + value + ")"));
            }
            if (rules.hasMaxDoubleVal() && value > rules.getMaxDoubleVal()) {
                out.add(new SchemaViolation(path, Rule.MAX_VALUE, "must be at most " + rules.getMaxDoubleVal()
                        + " (is " + value + ")"));
            }
            return;
        }
        long value = unsigned(field) ? Integer.toUnsignedLong(number.intValue()) : number.longValue();
        if (rules.hasMinVal() && value < rules.getMinVal()) {
            out.add(new SchemaViolation(path, Rule.MIN_VALUE, "must be at least " + rules.getMinVal() + " (is " + value + ")"));
        }
        if (rules.hasMaxVal() && value > rules.getMaxVal()) {
            out.add(new SchemaViolation(path, Rule.MAX_VALUE, "must be at most " + rules.getMaxVal() + " (is " + value + ")"));
        }
    }

    private static boolean unsigned(FieldDescriptor field) {
        return field.getType() == FieldDescriptor.Type.UINT32 || field.getType() == FieldDescriptor.Type.FIXED32;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void checkOrder(Message message, FieldDescriptor field, FieldValidation.Order order, String path,
            List<SchemaViolation> out) {
        int count = message.getRepeatedFieldCount(field);
        for (int i = 1; i < count; i++) {
            Object previous = comparable(message.getRepeatedField(field, i - 1));
            Object current = comparable(message.getRepeatedField(field, i));
            if (!(previous instanceof Comparable before) || !(current instanceof Comparable)) {
                return; // messages and bytes have no order to check
            }
            int compared = before.compareTo(current);
            if (order == FieldValidation.Order.ASC ? compared > 0 : compared < 0) {
                out.add(new SchemaViolation(path + "[" + i + "]", Rule.ORDERED,
                        "must be in " + (order == FieldValidation.Order.ASC ? "ascending" : "descending") + " order"));
                return;
            }
        }
    }

    private static Object comparable(Object value) {
        return value instanceof com.google.protobuf.Descriptors.EnumValueDescriptor enumValue
                ? Integer.valueOf(enumValue.getNumber()) : value;
    }

    private static FieldValidation rules(FieldDescriptor field,
            com.google.protobuf.GeneratedMessage.GeneratedExtension<com.google.protobuf.DescriptorProtos.FieldOptions,
                    FieldValidation> extension) {
        return field.getOptions().hasExtension(extension) ? field.getOptions().getExtension(extension) : null;
    }

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }
}
