package dev.kikbot.api.message;

import java.util.List;

/**
 * The kind of conversation an incoming message came from ({@code chatType} on the wire). Kik used three
 * values; any other value read from the wire is kept as it is, so it is written back unchanged. Equal by
 * value; {@code toString()} is the wire value.
 */
public final class ChatType extends OpenValue {

    /** A one-to-one conversation between a user and the bot. */
    public static final ChatType DIRECT = new ChatType("direct");
    /** A private group the bot was mentioned in. */
    public static final ChatType PRIVATE = new ChatType("private");
    /** A public group the bot was mentioned in. */
    public static final ChatType PUBLIC = new ChatType("public");

    private static final List<ChatType> KNOWN = List.of(DIRECT, PRIVATE, PUBLIC);

    private ChatType(String value) {
        super(value);
    }

    /**
     * @param value the wire value, such as {@code direct}
     * @return the matching constant, or a new value for one Kik did not document
     */
    public static ChatType of(String value) {
        return of(value, "value", KNOWN, ChatType::new);
    }

    /** @return the wire value */
    public String value() {
        return wire();
    }

    /** @return whether this is a group conversation ({@code private} or {@code public}) */
    public boolean isGroup() {
        return this.equals(PRIVATE) || this.equals(PUBLIC);
    }
}
