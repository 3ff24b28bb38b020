package dev.kikbot.messagepath;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Message;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageOptions;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces the {@code common.messagepath.v1.origin_restriction} options of the schema: which senders may set
 * which attachments. A bot may not send a {@code keyboard_reply_attachment}; a mobile client may not send a
 * keyboard, widget, adaptive card, markdown, visibility-rules, mention-reply, chat-theme or
 * transaction-details attachment. The deny lists are read from the descriptors, not written here, once per
 * message type; only the fields that are restricted, or can hold a restricted field, are read.
 */
public final class OriginPolicy {

    private static final Map<Descriptor, List<Check>> PLANS = new ConcurrentHashMap<>();

    private OriginPolicy() {
    }

    /**
     * @param message a message about to be accepted from a sender
     * @param origin what kind of sender it is
     * @return the paths of the fields set that this origin may not set; empty if none
     */
    public static List<String> deniedFields(Message message, Origin origin) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(origin, "origin");
        List<String> denied = new ArrayList<>();
        collect(message, origin, null, denied);
        return denied;
    }

    /**
     * @param message a message about to be accepted from a sender
     * @param origin what kind of sender it is
     * @throws OriginRestrictionException naming the attachments this origin may not send
     */
    public static void check(CoreMessage message, Origin origin) {
        List<String> denied = deniedFields(message, origin);
        if (!denied.isEmpty()) {
            throw new OriginRestrictionException(origin, denied);
        }
    }

    /** A field worth reading: its deny list (empty if none), and whether a restricted field can be under it. */
    private record Check(FieldDescriptor field, List<Origin> deny, boolean descend) {
    }

    private static void collect(Message message, Origin origin, FieldPath at, List<String> denied) {
        for (Check check : PLANS.computeIfAbsent(message.getDescriptorForType(), OriginPolicy::plan)) {
            FieldDescriptor field = check.field();
            int count = field.isRepeated() ? message.getRepeatedFieldCount(field) : message.hasField(field) ? 1 : 0;
            if (count == 0) {
                continue;
            }
            if (check.deny().contains(origin)) {
                denied.add(FieldPath.spell(at, field.getName(), -1));
            }
            if (!check.descend()) {
                continue;
            }
            if (field.isRepeated()) {
                for (int i = 0; i < count; i++) {
                    collect((Message) message.getRepeatedField(field, i), origin, FieldPath.of(at, field, i), denied);
                }
            } else {
                collect((Message) message.getField(field), origin, FieldPath.of(at, field, -1), denied);
            }
        }
    }

    private static List<Check> plan(Descriptor type) {
        List<Check> checks = new ArrayList<>();
        for (FieldDescriptor field : type.getFields()) {
            List<Origin> deny = restricted(field)
                    ? field.getOptions().getExtension(CoreMessageOptions.originRestriction).getDenyList() : List.of();
            boolean descend = field.getJavaType() == JavaType.MESSAGE
                    && FieldPath.reaches(field.getMessageType(), OriginPolicy::restricted);
            if (!deny.isEmpty() || descend) {
                checks.add(new Check(field, List.copyOf(deny), descend));
            }
        }
        // Denied fields are reported in field-number order, as Message.getAllFields() lists them.
        checks.sort(Comparator.comparingInt(check -> check.field().getNumber()));
        return List.copyOf(checks);
    }

    private static boolean restricted(FieldDescriptor field) {
        return field.getOptions().hasExtension(CoreMessageOptions.originRestriction);
    }
}
