package dev.kikbot.api.message;

/**
 * Sent by Kik when a user opens a conversation with the bot for the first time ({@code "type":"start-chatting"}).
 * It has only the common fields. Incoming only.
 */
public final class StartChattingMessage extends Message {

    /** The wire type of this message. */
    public static final String TYPE = "start-chatting";

    private StartChattingMessage(Builder builder) {
        super(builder);
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link StartChattingMessage}. */
    public static final class Builder extends Message.Builder<StartChattingMessage, Builder> {

        private Builder() {
            super(TYPE);
        }

        private Builder(StartChattingMessage message) {
            super(message);
        }

        @Override
        public StartChattingMessage build() {
            return new StartChattingMessage(this);
        }
    }
}
