package dev.kikbot.api.message;

/**
 * A message of a type this library does not know. Its common fields ({@code from}, {@code chatId}, ...) are
 * read as for any message; everything else stays in {@link #unknownFields()}, so {@link #raw()} and the JSON
 * writer give back the message as it came.
 */
public final class UnknownMessage extends Message {

    private UnknownMessage(Builder builder) {
        super(builder);
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

    /** @return the whole message object, as it will be written */
    public JsonValue raw() {
        return JsonValue.wrap(WireWriter.toTree(this));
    }

    /** Builds an {@link UnknownMessage}. */
    public static final class Builder extends Message.Builder<UnknownMessage, Builder> {

        private Builder(String type) {
            super(type);
        }

        private Builder(UnknownMessage message) {
            super(message);
        }

        @Override
        public UnknownMessage build() {
            return new UnknownMessage(this);
        }
    }
}
