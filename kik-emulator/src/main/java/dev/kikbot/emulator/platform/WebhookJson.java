package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A message as Kik's webhook carried it (spec §3.4): {@code chatId, id, type, from, participants}, the type's
 * own fields, then {@code timestamp, readReceiptRequested, mention, metadata, chatType}, with {@code mention}
 * and {@code metadata} written as {@code null} when absent. kik-api writes the same fields in its own order
 * and leaves absent ones out, so its JSON is reordered here.
 */
public final class WebhookJson {

    private static final Set<String> ENVELOPE = Set.of("chatId", "id", "type", "from", "participants", "to",
            "delay", "timestamp", "readReceiptRequested", "mention", "metadata", "chatType");

    private WebhookJson() {
    }

    /** @return the message's JSON object, in the platform's field order */
    public static String write(Message message) {
        ObjectNode written = (ObjectNode) Json.tree(Messages.toJson(message));
        ObjectNode out = Json.object();
        copy(written, out, "chatId");
        copy(written, out, "id");
        copy(written, out, "type");
        copy(written, out, "from");
        copy(written, out, "participants");
        for (Iterator<Map.Entry<String, JsonNode>> fields = written.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!ENVELOPE.contains(field.getKey())) {
                out.set(field.getKey(), field.getValue());
            }
        }
        copy(written, out, "timestamp");
        copy(written, out, "readReceiptRequested");
        out.set("mention", written.has("mention") ? written.get("mention") : NullNode.getInstance());
        out.set("metadata", written.has("metadata") ? written.get("metadata") : NullNode.getInstance());
        copy(written, out, "chatType");
        return new String(Json.bytes(out), StandardCharsets.UTF_8);
    }

    /**
     * @param messages messages as {@link #write} wrote them, in order
     * @return the webhook body {@code {"messages":[...]}}, byte for byte what is signed and sent
     */
    public static byte[] envelope(Iterable<String> messages) {
        StringBuilder body = new StringBuilder("{\"messages\":[");
        String separator = "";
        for (String message : messages) {
            body.append(separator).append(message);
            separator = ",";
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        }
    }
}
