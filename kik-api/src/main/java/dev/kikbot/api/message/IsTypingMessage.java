package dev.kikbot.api.message;

/**
 * Typing state ({@code "type":"is-typing"}): the bot shows or hides "is typing…" for a user, and Kik tells a
 * bot that asked for it ({@code receiveIsTyping}) when a user types. Sending one needs {@code to} and
 * {@code isTyping}.
 */
public final class IsTypingMessage extends Message {

    /** The wire type of this message. */
    public static final String TYPE = "is-typing";

    private final Boolean isTyping;

    private IsTypingMessage(Builder builder) {
        super(builder);
        this.isTyping = builder.isTyping;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return whether the user (or bot) is typing; false when not given */
    public boolean isTyping() {
        return Boolean.TRUE.equals(isTyping);
    }

    /** Whether {@code isTyping} is on the wire at all; sending requires it. */
    boolean hasIsTyping() {
        return isTyping != null;
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("isTyping", isTyping);
    }

    /** Builds an {@link IsTypingMessage}. */
    public static final class Builder extends Message.Builder<IsTypingMessage, Builder> {

        private Boolean isTyping;

        private Builder() {
            super(TYPE);
        }

        private Builder(IsTypingMessage message) {
            super(message);
            this.isTyping = message.isTyping;
        }

        /**
         * @param isTyping whether typing starts (true) or stops (false)
         * @return this builder
         */
        public Builder isTyping(boolean isTyping) {
            this.isTyping = isTyping;
            return this;
        }

        @Override
        public IsTypingMessage build() {
            return new IsTypingMessage(this);
        }
    }
}
