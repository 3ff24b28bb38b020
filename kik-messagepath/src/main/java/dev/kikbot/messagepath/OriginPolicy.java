package dev.kikbot.messagepath;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Message;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageOptions;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Enforces the {@code common.messagepath.v1.origin_restriction} options of the schema: which senders may set
 * which attachments. A bot may not send a {@code keyboard_reply_attachment}; a mobile client may not send a
 * keyboard, widget, adaptive card, markdown, visibility-rules, mention-reply, chat-theme or
 * transaction-details attachment. The deny lists are read from the descriptors, not written here.
 */
public final class OriginPolicy {

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
        collect(message, origin, "", denied);
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

    private static void collect(Message message, Origin origin, String prefix, List<String> denied) {
        for (Map.Entry<FieldDescriptor, Object> set : message.getAllFields().entrySet()) {
            FieldDescriptor field = set.getKey();
            String path = prefix + field.getName();
            if (field.getOptions().hasExtension(CoreMessageOptions.originRestriction)
                    && field.getOptions().getExtension(CoreMessageOptions.originRestriction).getDenyList()
                            .contains(origin)) {
                denied.add(path);
            }
            if (field.getJavaType() != JavaType.MESSAGE) {
                continue;
            }
            if (field.isRepeated()) {
                List<?> elements = (List<?>) set.getValue();
                for (int i = 0; i < elements.size(); i++) {
                    collect((Message) elements.get(i), origin, path + "[" + i + "].", denied);
                }
            } else {
                collect((Message) set.getValue(), origin, path + ".", denied);
            }
        }
    }
}
