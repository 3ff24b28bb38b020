package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.kikbot.api.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes model objects as exactly the Bot API's JSON: camelCase keys, absent fields left out. Each object
 * lists its fields straight into the generator; nothing is collected per object, except the keys of an
 * object that has unknown fields, to leave out those that a known field shadows.
 */
final class WireWriter implements FieldSink {

    private final JsonGenerator out;

    private WireWriter(JsonGenerator out) {
        this.out = out;
    }

    /** Writes the {@code {"messages":[...]}} envelope as UTF-8, the bytes a request carries. */
    static byte[] envelope(List<? extends Message> messages) {
        return Json.bytes(out -> new WireWriter(out).writeEnvelope(messages));
    }

    /** @return the envelope as text */
    static String envelopeText(List<? extends Message> messages) {
        return Json.text(out -> new WireWriter(out).writeEnvelope(messages));
    }

    /** @return the object's JSON text */
    static String toJson(WireObject value) {
        return Json.text(out -> new WireWriter(out).value(value));
    }

    static JsonNode toTree(WireObject value) {
        try (TokenBuffer buffer = new TokenBuffer(null, false)) {
            new WireWriter(buffer).value(value);
            return Json.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeEnvelope(List<? extends Message> messages) throws IOException {
        out.writeStartObject();
        out.writeFieldName("messages");
        value(messages);
        out.writeEndObject();
    }

    @Override
    public void put(String key, Object value) {
        if (value != null) {
            try {
                out.writeFieldName(key);
                value(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // FieldSink cannot throw it; the writing is in memory anyway
            }
        }
    }

    private void value(Object value) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof WireObject object) {
            object(object);
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                value(item);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof Duration duration) {
            out.writeNumber(duration.toMillis());
        } else if (value instanceof OpenValue open) {
            out.writeString(open.wire());
        } else if (value instanceof JsonValue json) {
            Trees.write(out, json.node);
        } else {
            throw new IllegalStateException("no wire form for " + value.getClass());
        }
    }

    private void object(WireObject object) throws IOException {
        out.writeStartObject();
        object.writeFields(this);
        Map<String, JsonValue> unknown = object.unknownFields();
        if (!unknown.isEmpty()) {
            Set<String> known = object.presentKnownKeys();
            for (Map.Entry<String, JsonValue> field : unknown.entrySet()) {
                if (!known.contains(field.getKey())) {
                    out.writeFieldName(field.getKey());
                    Trees.write(out, field.getValue().node);
                }
            }
        }
        out.writeEndObject();
    }
}
