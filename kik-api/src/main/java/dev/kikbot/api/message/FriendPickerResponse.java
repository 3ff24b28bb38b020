package dev.kikbot.api.message;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A suggestion that opens Kik's friend picker; the users picked come back to the bot as a
 * {@link FriendPickerMessage}. Every field is optional: {@code {"type":"friend-picker"}} alone is valid.
 */
public final class FriendPickerResponse extends SuggestedResponse {

    /** The wire type of this response. */
    public static final String TYPE = "friend-picker";

    private final String body;
    private final Integer min;
    private final Integer max;
    private final List<String> preselected;

    private FriendPickerResponse(Builder builder) {
        super(builder);
        this.body = builder.body;
        this.min = builder.min;
        this.max = builder.max;
        this.preselected = builder.preselected;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's fields */
    public Builder toBuilder() {
        Builder builder = new Builder(this).body(body).preselected(preselected);
        builder.min = min;
        builder.max = max;
        return builder;
    }

    /** @return the text shown on the button */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    /** @return the fewest users the picker lets the user choose */
    public OptionalInt min() {
        return min == null ? OptionalInt.empty() : OptionalInt.of(min);
    }

    /** @return the most users the picker lets the user choose */
    public OptionalInt max() {
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /** @return usernames already ticked when the picker opens; empty if none */
    public List<String> preselected() {
        return preselected;
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("body", body);
        out.put("min", min);
        out.put("max", max);
        out.put("preselected", preselected.isEmpty() ? null : preselected);
    }

    /** Builds a {@link FriendPickerResponse}. */
    public static final class Builder extends SuggestedResponse.Builder<FriendPickerResponse, Builder> {

        private String body;
        private Integer min;
        private Integer max;
        private List<String> preselected = List.of();

        private Builder() {
            super(TYPE);
        }

        private Builder(FriendPickerResponse response) {
            super(response);
        }

        /**
         * @param body the text shown on the button
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * @param min the fewest users to pick
         * @return this builder
         */
        public Builder min(int min) {
            this.min = min;
            return this;
        }

        /**
         * @param max the most users to pick
         * @return this builder
         */
        public Builder max(int max) {
            this.max = max;
            return this;
        }

        /**
         * @param preselected usernames ticked when the picker opens
         * @return this builder
         */
        public Builder preselected(List<String> preselected) {
            this.preselected = preselected == null ? List.of() : List.copyOf(preselected);
            return this;
        }

        /**
         * @param preselected usernames ticked when the picker opens
         * @return this builder
         */
        public Builder preselected(String... preselected) {
            return preselected(Arrays.asList(preselected));
        }

        @Override
        public FriendPickerResponse build() {
            return new FriendPickerResponse(this);
        }
    }
}
