package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.kikbot.api.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Writes model objects as exactly the Bot API's JSON: camelCase keys, absent fields left out. */
final class WireWriter {

    private WireWriter() {
    }

    /** Writes the {@code {"messages":[...]}} envelope. */
    static byte[] envelope(List<? extends Message> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * Math.max(1, messages.size()));
        try (JsonGenerator generator = Json.generator(out)) {
            generator.writeStartObject();
            generator.writeFieldName("messages");
            generator.writeStartArray();
            for (Message message : messages) {
                value(generator, message);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: memory only
        }
        return out.toByteArray();
    }

    static byte[] toBytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = Json.generator(out)) {
            value(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JsonNode toTree(Object value) {
        try (TokenBuffer buffer = new TokenBuffer(null, false)) {
            value(buffer, value);
            return Json.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void value(JsonGenerator out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Duration duration) {
            out.writeNumber(duration.toMillis());
        } else if (value instanceof OpenValue open) {
            out.writeString(open.wire());
        } else if (value instanceof JsonValue json) {
            Json.write(out, json.node);
        } else if (value instanceof WireObject object) {
            out.writeStartObject();
            for (Map.Entry<String, Object> field : object.presentFields()) {
                out.writeFieldName(field.getKey());
                value(out, field.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                value(out, item);
            }
            out.writeEndArray();
        } else {
            throw new IllegalStateException("no wire form for " + value.getClass());
        }
    }
}
