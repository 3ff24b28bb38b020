package dev.kikbot.api.message;

import java.util.Optional;

/** A suggested text reply: tapping it sends {@code body} to the bot as a text message. */
public final class TextResponse extends SuggestedResponse {

    /** The wire type of this response. */
    public static final String TYPE = "text";

    private final String body;

    private TextResponse(Builder builder) {
        super(builder);
        this.body = builder.body;
    }

    /**
     * @param body the text shown and sent
     * @return a text response without metadata
     */
    public static TextResponse of(String body) {
        return builder().body(body).build();
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's fields */
    public Builder toBuilder() {
        return new Builder(this).body(body);
    }

    /** @return the text shown on the button and sent when tapped */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("body", body);
    }

    /** Builds a {@link TextResponse}. */
    public static final class Builder extends SuggestedResponse.Builder<TextResponse, Builder> {

        private String body;

        private Builder() {
            super(TYPE);
        }

        private Builder(TextResponse response) {
            super(response);
        }

        /**
         * @param body the text shown and sent
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        @Override
        public TextResponse build() {
            return new TextResponse(this);
        }
    }
}
