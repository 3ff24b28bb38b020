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
import java.util.Arrays;
import java.util.List;

/**
 * A JSON parser as the model readers use it: objects and arrays walked field by field and item by item,
 * typed reads of the value under the parser that fail with the path and what was expected, and trees for
 * the values that are kept as they came. A JSON null reads as absent.
 *
 * <p>It rejects a key that repeats in an object. The parser could, but it would keep a set per object; here
 * the keys of the objects being read share one array, and an object's keys are few.
 */
final class JsonIn {

    private final JsonParser parser;
    private final String root;
    private String[] keys = new String[32];
    private int[] keyHashes = new int[32];
    private int keyCount;
    private int[] objectStarts = new int[8];
    private int depth;

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
        if (depth == objectStarts.length) {
            objectStarts = Arrays.copyOf(objectStarts, depth * 2);
        }
        objectStarts[depth++] = keyCount;
    }

    /** Moves to the next field of the object and on to its value; null at the end of the object. */
    String nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name == null) {
            keyCount = objectStarts[--depth];
            return null;
        }
        int hash = name.hashCode(); // cached: the parser hands out one String per distinct key
        for (int i = objectStarts[depth - 1]; i < keyCount; i++) {
            if (keyHashes[i] == hash && keys[i].equals(name)) {
                throw new KikParseException("Duplicate field '" + name + "'");
            }
        }
        if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, keyCount * 2);
            keyHashes = Arrays.copyOf(keyHashes, keyCount * 2);
        }
        keys[keyCount] = name;
        keyHashes[keyCount++] = hash;
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
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
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

    List<String> strings() throws IOException {
        if (isNull()) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType("an array of strings");
        }
        List<String> strings = new ArrayList<>();
        while (nextItem()) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw wrongType("a string");
            }
            strings.add(parser.getText());
        }
        return strings;
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
