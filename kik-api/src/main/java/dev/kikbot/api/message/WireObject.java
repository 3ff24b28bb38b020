package dev.kikbot.api.message;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every JSON object of the Bot API model shares: a listing of its known fields, the fields this
 * library does not know (kept so they are written back unchanged), and value semantics derived from both.
 */
abstract class WireObject {

    private final Map<String, JsonValue> unknownFields;

    WireObject(Map<String, JsonValue> unknownFields) {
        // Most objects have none: no map of their own then, which reading a webhook notices.
        this.unknownFields = unknownFields.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields));
    }

    /** Lists the known fields in wire order; absent fields are given as null. */
    abstract void writeFields(FieldSink out);

    /**
     * Lists the fields of the concrete type, which its family's {@link #writeFields} places among the
     * fields every member of the family has. None by default: some types have only the family's fields,
     * and an object of an unknown type keeps all of its own in {@link #unknownFields()}.
     */
    void writeTypeFields(FieldSink out) {
    }

    /**
     * Fields of the JSON object that this library does not know, in the order they came. They are written
     * back after the known fields; one that has the name of a known field that is present is not written.
     *
     * @return an unmodifiable, insertion-ordered map; empty if there are none
     */
    public Map<String, JsonValue> unknownFields() {
        return unknownFields;
    }

    /** Every present field, known ones first, as the JSON writer writes them. */
    final List<Map.Entry<String, Object>> presentFields() {
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        writeFields((key, value) -> {
            if (value != null) {
                fields.add(new SimpleImmutableEntry<>(key, value));
            }
        });
        if (!unknownFields.isEmpty()) {
            Set<String> known = presentKnownKeys();
            unknownFields.forEach((key, value) -> {
                if (!known.contains(key)) {
                    fields.add(new SimpleImmutableEntry<>(key, value));
                }
            });
        }
        return fields;
    }

    /** The keys of the known fields that are present: an unknown field with one of them is not written. */
    final Set<String> presentKnownKeys() {
        Set<String> known = new HashSet<>();
        writeFields((key, value) -> {
            if (value != null) {
                known.add(key);
            }
        });
        return known;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        // Field order is not part of a JSON object's value.
        return asMap(presentFields()).equals(asMap(((WireObject) o).presentFields()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), asMap(presentFields()));
    }

    /** @return the class name and every present field, for example {@code TextMessage{to=aleem, body=Hi}} */
    @Override
    public String toString() {
        return presentFields().stream()
                .map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining(", ", getClass().getSimpleName() + "{", "}"));
    }

    private static Map<String, Object> asMap(List<Map.Entry<String, Object>> fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach(field -> map.put(field.getKey(), field.getValue()));
        return map;
    }

    /**
     * Adds an unknown field to a builder's map, refusing a JSON null (an absent field is simply not there).
     * Builders start with {@code Map.of()} and a copy starts with its object's own map: a map of the
     * builder's own is made only when a field is added, which most builders, those of reading included,
     * never do.
     *
     * @return the builder's map from now on
     */
    static Map<String, JsonValue> putUnknown(Map<String, JsonValue> fields, String key, JsonValue value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<String, JsonValue> own = fields instanceof LinkedHashMap ? fields : new LinkedHashMap<>(fields);
        own.put(key, value);
        return own;
    }
}
