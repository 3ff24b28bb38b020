package dev.kikbot.api.message;

import java.util.Objects;

/**
 * The kind of conversation an incoming message came from ({@code chatType} on the wire). Kik used three
 * values; any other value read from the wire is kept as it is, so it is written back unchanged.
 */
public final class ChatType {

    /** A one-to-one conversation between a user and the bot. */
    public static final ChatType DIRECT = new ChatType("direct");
    /** A private group the bot was mentioned in. */
    public static final ChatType PRIVATE = new ChatType("private");
    /** A public group the bot was mentioned in. */
    public static final ChatType PUBLIC = new ChatType("public");

    private final String value;

    private ChatType(String value) {
        this.value = value;
    }

    /**
     * @param value the wire value, such as {@code direct}
     * @return the matching constant, or a new value for one Kik did not document
     */
    public static ChatType of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "direct" -> DIRECT;
            case "private" -> PRIVATE;
            case "public" -> PUBLIC;
            default -> new ChatType(value);
        };
    }

    /** @return the wire value */
    public String value() {
        return value;
    }

    /** @return whether this is a group conversation ({@code private} or {@code public}) */
    public boolean isGroup() {
        return this.equals(PRIVATE) || this.equals(PUBLIC);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatType other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the wire value */
    @Override
    public String toString() {
        return value;
    }
}
