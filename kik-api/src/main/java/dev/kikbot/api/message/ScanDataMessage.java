package dev.kikbot.api.message;

import java.util.Optional;

/**
 * Sent by Kik when a user scans one of the bot's Kik Codes ({@code "type":"scan-data"}); {@code data} is the
 * string embedded when the code was created. Incoming only.
 */
public final class ScanDataMessage extends Message {

    /** The wire type of this message. */
    public static final String TYPE = "scan-data";

    private final String data;

    private ScanDataMessage(Builder builder) {
        super(builder);
        this.data = builder.data;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the data embedded in the scanned code */
    public Optional<String> data() {
        return Optional.ofNullable(data);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("data", data);
    }

    /** Builds a {@link ScanDataMessage}. */
    public static final class Builder extends Message.Builder<ScanDataMessage, Builder> {

        private String data;

        private Builder() {
            super(TYPE);
        }

        private Builder(ScanDataMessage message) {
            super(message);
            this.data = message.data;
        }

        /**
         * @param data the data embedded in the scanned code
         * @return this builder
         */
        public Builder data(String data) {
            this.data = data;
            return this;
        }

        @Override
        public ScanDataMessage build() {
            return new ScanDataMessage(this);
        }
    }
}
