package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Paths such as {@code messages[1].timestamp}, spelled from a parser's own context when an error needs one,
 * so that reading keeps no path of its own.
 */
final class WirePath {

    private WirePath() {
    }

    /**
     * @param root the path of the parser's top-level value: empty, or where the value came from
     * @return the path of the value under the parser
     */
    static String of(JsonParser parser, String root) {
        JsonStreamContext context = parser.getParsingContext();
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            context = context.getParent(); // the parser has already entered the value
        }
        return of(context, root);
    }

    /** @return the path of the value the context is at: its current item or field */
    static String of(JsonStreamContext context, String root) {
        if (context.inRoot()) {
            return root;
        }
        String parent = of(context.getParent(), root);
        return context.inArray() ? parent + "[" + context.getCurrentIndex() + "]" : join(parent, context.getCurrentName());
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return the kind of value a token starts, as errors name it */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT, VALUE_EMBEDDED_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }
}
