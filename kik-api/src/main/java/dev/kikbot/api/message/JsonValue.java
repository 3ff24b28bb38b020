package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.internal.Json;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable JSON value that the Bot API passes through without interpreting it: the {@code metadata}
 * of messages and suggested responses, a link's {@code kikJsData}, and fields this library does not know.
 *
 * <p>Metadata may be any JSON value: an object, a string, a number. {@link #of(Object)} takes plain Java
 * values (maps, lists, strings, numbers, booleans); {@link #parse(String)} takes JSON text. Two values are
 * equal when they are the same JSON; numbers keep the exact text they were written with.
 */
public final class JsonValue {

    final JsonNode node;

    private JsonValue(JsonNode node) {
        this.node = node;
    }

    /**
     * A JSON value from plain Java values: {@code Map} (string keys, insertion order kept), {@code List},
     * {@code String}, {@code Number}, {@code Boolean}, or another {@code JsonValue}.
     *
     * @param value the value; not null (absent metadata is an absent field, not a JSON null)
     * @return the JSON value
     * @throws IllegalArgumentException if the value cannot be represented as JSON
     */
    public static JsonValue of(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof JsonValue json) {
            return json;
        }
        try {
            return new JsonValue(Json.valueToTree(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot represent " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Parses JSON text.
     *
     * @param json JSON text, for example {@code {"product":1298373}} or {@code "a string"}
     * @return the JSON value
     * @throws KikParseException if the text is not JSON
     */
    public static JsonValue parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return new JsonValue(Json.readTree(json));
        } catch (JsonProcessingException e) {
            throw new KikParseException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonValue wrap(JsonNode node) {
        return new JsonValue(node.deepCopy());
    }

    /** Takes a tree nothing else holds, such as one just parsed, without copying it. */
    static JsonValue adopt(JsonNode node) {
        return new JsonValue(node);
    }

    /** @return whether this is a JSON object */
    public boolean isObject() {
        return node.isObject();
    }

    /** @return whether this is a JSON string */
    public boolean isString() {
        return node.isTextual();
    }

    /** @return whether this is a JSON number */
    public boolean isNumber() {
        return node.isNumber();
    }

    /**
     * The text of a JSON string, or the compact JSON of any other value; so a string metadata comes back as
     * the string the bot set, and an object as its JSON.
     *
     * @return the text
     */
    public String asText() {
        return node.isTextual() ? node.textValue() : toJson();
    }

    /** @return this value as compact JSON text */
    public String toJson() {
        return node.toString();
    }

    /**
     * This value as plain Java values: {@code Map<String, Object>} (insertion-ordered), {@code List<Object>},
     * {@code String}, {@code Number}, {@code Boolean}, or null for a JSON null.
     *
     * @return a new, mutable copy
     */
    public Object toJavaObject() {
        return Json.toJava(node);
    }

    /**
     * This value as a Java map, if it is a JSON object.
     *
     * @return a new, mutable copy
     * @throws IllegalStateException if this is not an object
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        if (!node.isObject()) {
            throw new IllegalStateException("not a JSON object but " + describe(node.getNodeType()));
        }
        return (Map<String, Object>) toJavaObject();
    }

    /**
     * This value as a Java list, if it is a JSON array.
     *
     * @return a new, mutable copy
     * @throws IllegalStateException if this is not an array
     */
    @SuppressWarnings("unchecked")
    public List<Object> toList() {
        if (!node.isArray()) {
            throw new IllegalStateException("not a JSON array but " + describe(node.getNodeType()));
        }
        return (List<Object>) toJavaObject();
    }

    static String describe(JsonNodeType type) {
        return switch (type) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
        };
    }

    /** Equal when both are the same JSON; numbers compare by value, so {@code 1500} equals {@code 1500.0}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof JsonValue other && node.equals(NUMBERS_BY_VALUE, other.node);
    }

    @Override
    public int hashCode() {
        return hash(node);
    }

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static int hash(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().hashCode();
        }
        if (node.isContainerNode()) {
            int h = node.isObject() ? 1 : 2;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                h += field.getKey().hashCode() ^ hash(field.getValue()); // order-independent, as object equality is
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                h = 31 * h + hash(node.get(i));
            }
            return h;
        }
        return node.hashCode();
    }

    /** @return the compact JSON text */
    @Override
    public String toString() {
        return toJson();
    }
}
