package dev.kikbot.api.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.KikParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one JSON object, checking each known field's type and remembering which keys were
 * read, so that the rest can be kept as unknown fields. A JSON null counts as an absent field.
 */
final class ObjectReader {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();
    private boolean keepNulls;

    ObjectReader(JsonNode node, String path) {
        if (!node.isObject()) {
            throw wrongType(path, "an object", node);
        }
        this.node = node;
        this.path = path;
    }

    /**
     * From now on, a known field that is null stays among the unknown fields. Objects of unknown types use
     * this: nothing in them is interpreted, so they must come back exactly as they came, nulls and all.
     */
    void keepNulls() {
        keepNulls = true;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of a field, or null if it is absent or null; marks the key read. */
    JsonNode get(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (!keepNulls) {
                read.add(key);
            }
            return null;
        }
        read.add(key);
        return value;
    }

    String requiredString(String key) {
        String value = string(key);
        if (value == null) {
            throw new KikParseException(path(key) + ": is required");
        }
        return value;
    }

    String string(String key) {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(path(key), "a string", value);
        }
        return value.textValue();
    }

    Boolean bool(String key) {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(path(key), "a boolean", value);
        }
        return value.booleanValue();
    }

    Long integer(String key) {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(path(key), "a whole number", value);
        }
        return value.longValue();
    }

    Integer smallInteger(String key) {
        Long value = integer(key);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new KikParseException(path(key) + ": " + value + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    Duration millis(String key) {
        Long value = integer(key);
        return value == null ? null : Duration.ofMillis(value);
    }

    List<String> strings(String key) {
        JsonNode value = get(key);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(path(key), "an array of strings", value);
        }
        List<String> strings = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw wrongType(path(key) + "[" + i + "]", "a string", item);
            }
            strings.add(item.textValue());
        }
        return strings;
    }

    JsonNode array(String key) {
        JsonNode value = get(key);
        if (value != null && !value.isArray()) {
            throw wrongType(path(key), "an array", value);
        }
        return value;
    }

    JsonValue json(String key) {
        JsonNode value = get(key);
        return value == null ? null : JsonValue.wrap(value);
    }

    /** The fields not read so far, in document order; JSON nulls included, so they survive a round trip. */
    Map<String, JsonValue> unknownFields() {
        Map<String, JsonValue> unknown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!read.contains(field.getKey())) {
                unknown.put(field.getKey(), JsonValue.wrap(field.getValue()));
            }
        }
        return unknown;
    }

    static KikParseException wrongType(String path, String expected, JsonNode actual) {
        return new KikParseException((path.isEmpty() ? "" : path + ": ") + "expected " + expected + " but was "
                + JsonValue.describe(actual.getNodeType()));
    }
}
