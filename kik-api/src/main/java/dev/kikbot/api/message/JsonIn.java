package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON parser as the model readers use it: objects and arrays walked field by field and item by item,
 * typed reads of the value under the parser that fail with the path and what was expected, and trees for
 * the values that are kept as they came. A JSON null reads as absent.
 *
 * <p>It rejects a key that repeats in an object ({@link ObjectKeys}), in place of the parser.
 */
final class JsonIn {

    private final JsonParser parser;
    private final String root;
    private final ObjectKeys keys = new ObjectKeys();

    /**
     * @param parser the parser, on the first token of the value to read
     * @param root the path of that value: empty, or where it came from, such as {@code keyboard}
     */
    JsonIn(JsonParser parser, String root) {
        this.parser = parser;
        this.root = root;
    }

    /** A reader of a value kept as a tree, which stood at {@code path}. */
    static JsonIn over(JsonNode tree, String path) throws IOException {
        // A token buffer rather than the tree's own parser: its contexts follow the streaming parser's.
        TokenBuffer buffer = new TokenBuffer(null, false);
        Json.write(buffer, tree);
        JsonParser parser = buffer.asParser();
        parser.nextToken();
        return new JsonIn(parser, path);
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

    String string() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw wrongType("a string");
    }

    Boolean bool() {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw wrongType("a boolean");
        };
    }

    Long integer() throws IOException {
        return isNull() ? null : wholeNumber();
    }

    /** @return the value, which must be a whole number that fits a {@code long} (and not null) */
    long wholeNumber() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw wrongType("a whole number");
        }
        return parser.getLongValue();
    }

    Integer smallInteger() throws IOException {
        Long value = integer();
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new KikParseException(path() + ": " + value + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    Duration millis() throws IOException {
        Long value = integer();
        return value == null ? null : Duration.ofMillis(value);
    }

    /**
     * @return an immutable list, which the builders then keep without copying it; most lists on the wire
     *     (participants, message ids) have one item
     */
    List<String> strings() throws IOException {
        if (isNull()) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType("an array of strings");
        }
        if (!nextItem()) {
            return List.of();
        }
        String first = item();
        if (!nextItem()) {
            return List.of(first);
        }
        List<String> strings = new ArrayList<>();
        strings.add(first);
        do {
            strings.add(item());
        } while (nextItem());
        return List.copyOf(strings);
    }

    private String item() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType("a string");
        }
        return parser.getText();
    }

    /** @return the value, or null for a JSON null (an absent field) */
    JsonValue json() throws IOException {
        return isNull() ? null : JsonValue.adopt(tree());
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
