package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.KikParseException;
import java.io.IOException;

/**
 * Walks the JSON under a parser: objects field by field, arrays item by item, any value as a tree. It
 * rejects a key that repeats in an object ({@link ObjectKeys}) in place of the parser, and spells the path
 * of the value it is on, such as {@code messages[1].timestamp}, for errors. {@link JsonIn} adds the typed
 * reads.
 */
class JsonCursor {

    final JsonParser parser;
    private final String root;
    private final ObjectKeys keys = new ObjectKeys();

    /**
     * @param parser the parser, on the first token of the value to walk
     * @param root the path of that value: empty, or where it came from, such as {@code keyboard}
     */
    JsonCursor(JsonParser parser, String root) {
        this.parser = parser;
        this.root = root;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Enters the object under the parser, whose fields {@link #nextField()} then reads. */
    void startObject() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType("an object");
        }
        keys.enter();
    }

    /** Moves to the next field of the object and on to its value; null at the end of the object. */
    String nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name == null) {
            keys.leave();
            return null;
        }
        if (!keys.add(name)) {
            throw new KikParseException("Duplicate field '" + name + "'");
        }
        parser.nextToken();
        return name;
    }

    /** @return false for a null; true for an array, whose items {@link #nextItem()} then reads */
    boolean array() {
        if (isNull()) {
            return false;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType("an array");
        }
        return true;
    }

    /** Moves to the next item of the array; false at its end. */
    boolean nextItem() throws IOException {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    /** @return the value as a tree, a JSON null included; the parser ends on its last token */
    JsonNode tree() throws IOException {
        return Trees.read(this, parser);
    }

    /** @return the path of the value under the parser, such as {@code messages[1].timestamp} */
    String path() {
        return WirePath.of(parser, root);
    }

    /** @return the path of another field of the object the parser is in, while it is on a plain value */
    String sibling(String key) {
        return WirePath.join(WirePath.of(parser.getParsingContext().getParent(), root), key);
    }

    /** At the end of an object: it lacks a field it must have. */
    KikParseException missing(String key) {
        return new KikParseException(WirePath.join(path(), key) + ": is required");
    }

    KikParseException wrongType(String expected) {
        String path = path();
        return new KikParseException((path.isEmpty() ? "" : path + ": ") + "expected " + expected + " but was "
                + WirePath.describe(parser.currentToken()));
    }
}
