package dev.kikbot.api.message;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One suggestion on a {@link SuggestedResponseKeyboard}: a {@link TextResponse}, {@link PictureResponse} or
 * {@link FriendPickerResponse}, or an {@link UnknownResponse} that keeps the JSON of a type this library does
 * not know. Every response may carry {@code metadata}, any JSON value that Kik hands back to the bot,
 * verbatim, on the message the user's tap produces.
 */
public abstract sealed class SuggestedResponse extends WireObject
        permits TextResponse, PictureResponse, FriendPickerResponse, UnknownResponse {

    private final String type;
    private final JsonValue metadata;

    SuggestedResponse(Builder<?, ?> builder) {
        super(builder.unknownFields);
        this.type = builder.type;
        this.metadata = builder.metadata;
    }

    /** @return the wire type: {@code text}, {@code picture}, {@code friend-picker} or another */
    public final String type() {
        return type;
    }

    /** @return the JSON value handed back to the bot when the user taps this response */
    public Optional<JsonValue> metadata() {
        return Optional.ofNullable(metadata);
    }

    @Override
    final void writeFields(FieldSink out) {
        out.put("type", type());
        writeTypeFields(out);
        out.put("metadata", metadata);
    }

    /**
     * What the builders of every response type share.
     *
     * @param <R> the response type built
     * @param <B> the concrete builder, returned by every setter
     */
    public abstract static class Builder<R extends SuggestedResponse, B extends Builder<R, B>> {

        private final String type;
        private JsonValue metadata;
        private Map<String, JsonValue> unknownFields = Map.of();

        Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        Builder(SuggestedResponse response) {
            this.type = response.type;
            this.metadata = response.metadata;
            this.unknownFields = response.unknownFields();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * @param metadata handed back to the bot, verbatim, when the user taps the response; any JSON value
         * @return this builder
         */
        public B metadata(JsonValue metadata) {
            this.metadata = metadata;
            return self();
        }

        /**
         * @param key a JSON key this library does not know
         * @param value its value
         * @return this builder
         */
        public B unknownField(String key, JsonValue value) {
            unknownFields = putUnknown(unknownFields, key, value);
            return self();
        }

        /** @return the response */
        public abstract R build();
    }
}
