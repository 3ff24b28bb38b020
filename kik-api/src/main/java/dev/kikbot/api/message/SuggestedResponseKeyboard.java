package dev.kikbot.api.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A keyboard of suggested responses ({@code "type":"suggested"}): buttons the user taps instead of typing.
 * The responses are {@link TextResponse}s, {@link PictureResponse}s and {@link FriendPickerResponse}s, in the
 * order shown. {@code responses} is always written, even when empty.
 */
public final class SuggestedResponseKeyboard extends Keyboard {

    /** The wire type of this keyboard. */
    public static final String TYPE = "suggested";

    private final List<SuggestedResponse> responses;

    private SuggestedResponseKeyboard(Builder builder) {
        super(TYPE, builder.to, builder.hidden, builder.unknownFields);
        this.responses = List.copyOf(builder.responses);
    }

    /**
     * @param responses the suggested responses, in order
     * @return a keyboard shown to everyone, not hidden
     */
    public static SuggestedResponseKeyboard of(SuggestedResponse... responses) {
        return builder().responses(Arrays.asList(responses)).build();
    }

    /** @return a builder for an empty keyboard */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this keyboard's fields */
    public Builder toBuilder() {
        Builder builder = new Builder().to(to().orElse(null)).responses(responses);
        builder.hidden = hiddenValue();
        builder.unknownFields = unknownFields();
        return builder;
    }

    /** @return the suggested responses, in the order shown */
    public List<SuggestedResponse> responses() {
        return responses;
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("responses", responses);
    }

    /** Builds a {@link SuggestedResponseKeyboard}. */
    public static final class Builder {

        private String to;
        private Boolean hidden;
        private final List<SuggestedResponse> responses = new ArrayList<>();
        private Map<String, JsonValue> unknownFields = Map.of();

        private Builder() {
        }

        /**
         * @param to the only user who sees the keyboard, or null for everyone
         * @return this builder
         */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        /**
         * @param hidden whether the keyboard stays hidden until the user asks for suggestions; written as
         *     given, also when false
         * @return this builder
         */
        public Builder hidden(boolean hidden) {
            this.hidden = hidden;
            return this;
        }

        /**
         * @param responses replaces the responses
         * @return this builder
         */
        public Builder responses(List<? extends SuggestedResponse> responses) {
            this.responses.clear();
            this.responses.addAll(responses);
            return this;
        }

        /**
         * @param response appended to the responses
         * @return this builder
         */
        public Builder addResponse(SuggestedResponse response) {
            this.responses.add(java.util.Objects.requireNonNull(response, "response"));
            return this;
        }

        /**
         * @param bodies each appended as a {@link TextResponse}
         * @return this builder
         */
        public Builder addTextResponses(String... bodies) {
            for (String body : bodies) {
                addResponse(TextResponse.of(body));
            }
            return this;
        }

        /**
         * @param key a JSON key this library does not know
         * @param value its value
         * @return this builder
         */
        public Builder unknownField(String key, JsonValue value) {
            unknownFields = putUnknown(unknownFields, key, value);
            return this;
        }

        /** @return the keyboard */
        public SuggestedResponseKeyboard build() {
            return new SuggestedResponseKeyboard(this);
        }
    }
}
