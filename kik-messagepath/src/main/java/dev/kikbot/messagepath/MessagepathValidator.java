package dev.kikbot.messagepath;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import dev.kikbot.messagepath.SchemaViolation.Rule;
import dev.kikbot.messagepath.validation.ProtobufValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a message tree against the {@code kik.validation.field_validation} options of its schema. The rules
 * are read from the descriptors at run time, none is written here per field: change a {@code .proto} and the
 * validation changes with it. Works for any protobuf message, not only CoreMessage.
 *
 * <p>How presence is judged: a message field is present when set; a repeated field when it has elements; a
 * proto3 string or number without presence when it is not the default ({@code ""}, 0). Length and pattern
 * rules apply only to present strings; value rules apply to every number of a present message, since a
 * proto3 number cannot be absent.
 *
 * <p>What to look at in each message type is worked out once from its descriptor: the fields that carry
 * rules, and the message fields through which a rule can be reached. The rest of a tree is never read.
 */
public final class MessagepathValidator {

    private static final Map<Descriptor, List<Check>> PLANS = new ConcurrentHashMap<>();

    private MessagepathValidator() {
    }

    /**
     * @param message the root of the tree to check
     * @return every broken rule with its path, in field order; empty when the message is valid
     */
    public static List<SchemaViolation> validate(Message message) {
        Objects.requireNonNull(message, "message");
        List<SchemaViolation> violations = new ArrayList<>();
        check(message, plan(message.getDescriptorForType()), null, violations);
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

    /**
     * A field worth reading: it has rules (or map-key rules), or a rule can be reached through it. What the
     * walk needs to know of the field is asked of its descriptor once, here.
     */
    private static final class Check {

        final FieldDescriptor field;
        final String name;
        final boolean repeated;
        final boolean message;
        final boolean hasPresence;
        final OneofDescriptor oneof;
        final FieldRules rules;
        final FieldRules keyRules;
        final boolean descend;
        private List<Check> nested; // the plan of the field's message type, looked up on first use

        Check(FieldDescriptor field, FieldRules rules, FieldRules keyRules, boolean descend) {
            this.field = field;
            this.name = field.getName();
            this.repeated = field.isRepeated();
            this.message = field.getJavaType() == JavaType.MESSAGE;
            this.hasPresence = field.hasPresence();
            this.oneof = field.getRealContainingOneof();
            this.rules = rules;
            this.keyRules = keyRules;
            this.descend = descend;
        }

        /** Plans never change once made, so two threads racing here only look the same plan up twice. */
        List<Check> nested() {
            List<Check> plan = nested;
            if (plan == null) {
                plan = plan(field.getMessageType());
                nested = plan;
            }
            return plan;
        }
    }

    private static void check(Message message, List<Check> plan, FieldPath at, List<SchemaViolation> out) {
        OneofDescriptor oneof = null;
        FieldDescriptor oneofCase = null;
        for (Check check : plan) {
            if (check.repeated) {
                checkRepeated(message, check, at, out);
                continue;
            }
            // The members of a oneof are declared together: ask once which one is set.
            if (check.oneof != null && check.oneof != oneof) {
                oneof = check.oneof;
                oneofCase = message.getOneofFieldDescriptor(oneof);
            }
            boolean present = check.oneof != null ? oneofCase == check.field : message.hasField(check.field);
            if (check.rules != null && check.rules.mandatory() && !present) {
                FieldRules.add(out, at, check.name, -1, Rule.MANDATORY, "is mandatory");
            }
            if (check.message) {
                if (present && check.descend) {
                    check((Message) message.getField(check.field), check.nested(), FieldPath.of(at, check.field, -1), out);
                }
            } else if (check.rules != null && (present || !check.hasPresence)) {
                check.rules.checkValue(message.getField(check.field), check.field, present, at, check.name, -1, out);
            }
        }
    }

    private static void checkRepeated(Message message, Check check, FieldPath at, List<SchemaViolation> out) {
        int count = message.getRepeatedFieldCount(check.field);
        if (check.rules != null) {
            check.rules.checkElements(message, check.field, count, at, out);
        }
        for (int i = 0; i < count; i++) {
            Object element = message.getRepeatedField(check.field, i);
            if (element instanceof Message nested) {
                FieldPath elementAt = FieldPath.of(at, check.field, i);
                if (check.keyRules != null) {
                    FieldDescriptor key = nested.getDescriptorForType().findFieldByNumber(1);
                    check.keyRules.checkValue(nested.getField(key), key, true, elementAt, "key", -1, out);
                }
                if (check.descend) {
                    check(nested, check.nested(), elementAt, out);
                }
            } else if (check.rules != null) {
                check.rules.checkValue(element, check.field, true, at, check.name, i, out);
            }
        }
    }

    private static List<Check> plan(Descriptor type) {
        return PLANS.computeIfAbsent(type, MessagepathValidator::planOf);
    }

    private static List<Check> planOf(Descriptor type) {
        List<Check> checks = new ArrayList<>();
        for (FieldDescriptor field : type.getFields()) {
            FieldRules rules = FieldRules.of(field, ProtobufValidation.fieldValidation);
            FieldRules keyRules = field.isMapField() ? FieldRules.of(field, ProtobufValidation.mapKey) : null;
            boolean descend = field.getJavaType() == JavaType.MESSAGE
                    && FieldPath.reaches(field.getMessageType(), MessagepathValidator::hasRules);
            if (rules != null || keyRules != null || descend) {
                checks.add(new Check(field, rules, keyRules, descend));
            }
        }
        return List.copyOf(checks);
    }

    private static boolean hasRules(FieldDescriptor field) {
        return field.getOptions().hasExtension(ProtobufValidation.fieldValidation)
                || field.getOptions().hasExtension(ProtobufValidation.mapKey);
    }
}
