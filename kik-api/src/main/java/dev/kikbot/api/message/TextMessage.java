package dev.kikbot.api.message;

import java.time.Duration;
import java.util.Optional;

/** A text message ({@code "type":"text"}). Sending one needs {@code to} and {@code body}. */
public final class TextMessage extends KeyboardMessage {

    /** The wire type of this message. */
    public static final String TYPE = "text";

    private final String body;
    private final Duration typeTime;

    private TextMessage(Builder builder) {
        super(builder);
        this.body = builder.body;
        this.typeTime = builder.typeTime;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the text */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    /** @return how long the client shows "is typing…" before the message (whole milliseconds on the wire) */
    public Optional<Duration> typeTime() {
        return Optional.ofNullable(typeTime);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("body", body);
        out.put("typeTime", typeTime);
        writeKeyboards(out);
    }

    /** Builds a {@link TextMessage}. */
    public static final class Builder extends KeyboardMessage.Builder<TextMessage, Builder> {

        private String body;
        private Duration typeTime;

        private Builder() {
            super(TYPE);
        }

        private Builder(TextMessage message) {
            super(message);
            this.body = message.body;
            this.typeTime = message.typeTime;
        }

        /**
         * @param body the text
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * @param typeTime how long "is typing…" shows before the message
         * @return this builder
         */
        public Builder typeTime(Duration typeTime) {
            this.typeTime = typeTime;
            return this;
        }

        @Override
        public TextMessage build() {
            return new TextMessage(this);
        }
    }
}
