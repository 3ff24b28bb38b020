package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Bot API's JSON into model objects in one pass over a streaming parser, without a tree of the
 * whole text. Lenient where the wire may grow (unknown types and fields are kept), strict where a known field
 * has the wrong type (the error names the path and what was expected).
 */
final class WireReader {

    /** One of the readers, for {@link #read}. */
    interface Reading<T> {
        T read(JsonIn in) throws IOException;
    }

    private WireReader() {
    }

    /**
     * Reads UTF-8 JSON text that must hold exactly one value.
     *
     * <p>When reading fails, the text is parsed again as a whole, the way it was before reading went
     * streaming: malformed JSON anywhere, a repeated key included, is then reported first and with Jackson's
     * own words and position, even where the reader met a field of the wrong type earlier in the text.
     */
    static <T> T read(byte[] json, Reading<T> reading) {
        try (JsonParser parser = Json.parserWithoutDuplicateCheck(json)) {
            if (parser.nextToken() == null) {
                throw new KikParseException("Malformed JSON: no content");
            }
            T value = reading.read(new JsonIn(parser, ""));
            if (parser.nextToken() != null) {
                throw new KikParseException("Malformed JSON: more than one value");
            }
            return value;
        } catch (KikParseException e) {
            throw malformedFirst(json, e);
        } catch (JsonProcessingException e) {
            throw malformedFirst(json, malformed(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    private static KikParseException malformedFirst(byte[] json, KikParseException failure) {
        try {
            Json.readTree(json);
            return failure;
        } catch (JsonProcessingException e) {
            return malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KikParseException malformed(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return new KikParseException("Malformed JSON" + at + ": " + e.getOriginalMessage(), e);
    }

    /** Reads {@code {"messages":[...]}} (other fields ignored) or a bare array of messages. */
    static List<Message> messages(JsonIn in) throws IOException {
        if (in.token() == JsonToken.START_ARRAY) {
            return list(in);
        }
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.wrongType("{\"messages\":[...]} or an array");
        }
        in.startObject();
        List<Message> messages = null;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            if (name.equals("messages") && in.array()) {
                messages = list(in);
            } else {
                in.tree(); // read, not skipped, so that its keys are checked too
            }
        }
        if (messages == null) {
            throw new KikParseException("messages: is required (expected {\"messages\":[...]} or an array)");
        }
        return messages;
    }

    private static List<Message> list(JsonIn in) throws IOException {
        List<Message> messages = new ArrayList<>();
        while (in.nextItem()) {
            messages.add(MessageReader.message(in));
        }
        return messages;
    }

    /** Reads a keyboard kept as a tree, as if it stood at {@code path}. */
    static Keyboard keyboard(JsonNode tree, String path) {
        try {
            return KeyboardReader.keyboard(JsonIn.over(tree, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: a tree is well-formed and in memory
        }
    }
}
