package dev.kikbot.api.message;

import java.util.Arrays;
import java.util.List;

/**
 * The users a user chose after tapping a {@link FriendPickerResponse} ({@code "type":"friend-picker"}).
 * Incoming only.
 */
public final class FriendPickerMessage extends Message {

    /** The wire type of this message. */
    public static final String TYPE = "friend-picker";

    private final List<String> picked;

    private FriendPickerMessage(Builder builder) {
        super(builder);
        this.picked = builder.picked;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the usernames picked; empty if none were given */
    public List<String> picked() {
        return picked;
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("picked", picked.isEmpty() ? null : picked);
    }

    /** Builds a {@link FriendPickerMessage}. */
    public static final class Builder extends Message.Builder<FriendPickerMessage, Builder> {

        private List<String> picked = List.of();

        private Builder() {
            super(TYPE);
        }

        private Builder(FriendPickerMessage message) {
            super(message);
            this.picked = message.picked;
        }

        /**
         * @param picked the usernames picked
         * @return this builder
         */
        public Builder picked(List<String> picked) {
            this.picked = picked == null ? List.of() : List.copyOf(picked);
            return this;
        }

        /**
         * @param picked the usernames picked
         * @return this builder
         */
        public Builder picked(String... picked) {
            return picked(Arrays.asList(picked));
        }

        @Override
        public FriendPickerMessage build() {
            return new FriendPickerMessage(this);
        }
    }
}
