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
 * The JSON under a parser as the model readers read it: typed reads of the value the cursor is on, each
 * failing with the path and what was expected. A JSON null reads as absent.
 */
final class JsonIn extends JsonCursor {

    /**
     * @param parser the parser, on the first token of the value to read
     * @param root the path of that value: empty, or where it came from, such as {@code keyboard}
     */
    JsonIn(JsonParser parser, String root) {
        super(parser, root);
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
}
