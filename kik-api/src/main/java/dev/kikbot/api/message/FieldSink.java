package dev.kikbot.api.message;

/**
 * Receives the wire fields of a model object, in wire order. The same listing drives JSON writing,
 * equality and {@code toString}, so the three can never disagree. A null value means the field is absent.
 */
@FunctionalInterface
interface FieldSink {

    void put(String key, Object value);
}
