package dev.kikbot.api.message;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A string from an open set on the wire: a few documented constants, and any other value kept as it was
 * read, so that it is written back unchanged. Values are equal when their strings are, whether one is a
 * constant or was read later, and they print as their wire string.
 */
abstract class OpenValue {

    private final String wire;

    OpenValue(String wire) {
        this.wire = wire;
    }

    /**
     * @param wire the wire string
     * @param name the factory's parameter, for the null check
     * @param known the documented constants
     * @param other makes a value for a string Kik did not document
     * @return the constant for a documented string, or a new value
     */
    static <T extends OpenValue> T of(String wire, String name, List<T> known, Function<String, T> other) {
        Objects.requireNonNull(wire, name);
        for (T constant : known) { // a loop, not a stream: every incoming message has a chat type
            if (constant.wire().equals(wire)) {
                return constant;
            }
        }
        return other.apply(wire);
    }

    /** @return the string on the wire */
    final String wire() {
        return wire;
    }

    // Not final: javac then adds public bridges to the public subclasses, so reflection on them works.
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && wire.equals(((OpenValue) o).wire);
    }

    @Override
    public int hashCode() {
        return wire.hashCode();
    }

    /** @return the wire string */
    @Override
    public String toString() {
        return wire;
    }
}
