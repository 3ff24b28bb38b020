package dev.kikbot.emulator.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The emulator's JSON: reading request bodies strictly enough to answer a clear 400, and writing answers. The
 * mapper stays in here; only Jackson's tree types are shared with the handlers.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** @return a new, empty JSON object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new, empty JSON array */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param body a request body
     * @return the JSON object it holds
     * @throws ApiError 400 if it is not JSON or not an object
     */
    public static ObjectNode requestObject(byte[] body) {
        JsonNode node = read(body);
        if (!(node instanceof ObjectNode object)) {
            throw ApiError.badRequest("The body must be a JSON object, not " + describe(node));
        }
        return object;
    }

    /**
     * @param body JSON text
     * @return its tree
     * @throws ApiError 400 if it is not JSON
     */
    public static JsonNode read(byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("The body is empty; a JSON object is required");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiError.badRequest("The body holds no JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiError.badRequest("Malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    /** @return the tree of JSON text the emulator wrote itself */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + json, e);
        }
    }

    /** @return compact JSON bytes of a tree */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** @return the string at {@code field}; 400 if it is missing, empty or not a string */
    public static String requiredString(ObjectNode object, String field) {
        return optionalString(object, field)
                .filter(value -> !value.isEmpty())
                .orElseThrow(() -> ApiError.badRequest(field + ": is required (a non-empty string)"));
    }

    /** @return the string at {@code field}, empty if absent or null; 400 if it is another type */
    public static Optional<String> optionalString(ObjectNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest(field + ": must be a string, not " + describe(node));
        }
        return Optional.of(node.textValue());
    }

    /** @return the strings of the array at {@code field}; 400 if it is missing or holds anything else */
    public static List<String> requiredStrings(ObjectNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || !node.isArray()) {
            throw ApiError.badRequest(field + ": is required (an array of strings)");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw ApiError.badRequest(field + "[" + i + "]: must be a string, not " + describe(node.get(i)));
            }
            values.add(node.get(i).textValue());
        }
        return values;
    }

    /** @return a short name of a node's JSON type, for error messages */
    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
