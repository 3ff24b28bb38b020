package dev.kikbot.api.message;

import java.util.Objects;

/**
 * A message of a type this library does not know. Its common fields ({@code from}, {@code chatId}, ...) are
 * read as for any message; everything else stays in {@link #unknownFields()}, so {@link #raw()} and the JSON
 * writer give back the message as it came.
 */
public final class UnknownMessage extends Message {

    private final String type;

    private UnknownMessage(Builder builder) {
        super(builder);
        this.type = builder.type;
    }

    /**
     * @param type the wire type
     * @return a builder for a message of that type
     */
    public static Builder builder(String type) {
        return new Builder(type);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String type() {
        return type;
    }

    /** @return the whole message object, as it will be written */
    public JsonValue raw() {
        return JsonValue.wrap(WireWriter.toTree(this));
    }

    @Override
    void writeTypeFields(FieldSink out) {
        // Everything beyond the common fields is in unknownFields().
    }

    /** Builds an {@link UnknownMessage}. */
    public static final class Builder extends Message.Builder<UnknownMessage, Builder> {

        private final String type;

        private Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        private Builder(UnknownMessage message) {
            super(message);
            this.type = message.type;
        }

        @Override
        public UnknownMessage build() {
            return new UnknownMessage(this);
        }
    }
}
