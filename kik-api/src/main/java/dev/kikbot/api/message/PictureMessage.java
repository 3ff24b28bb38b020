package dev.kikbot.api.message;

import java.util.Optional;

/** A picture message ({@code "type":"picture"}). Sending one needs {@code to} and {@code picUrl}. */
public final class PictureMessage extends AttributableMessage {

    /** The wire type of this message. */
    public static final String TYPE = "picture";

    private final String picUrl;

    private PictureMessage(Builder builder) {
        super(builder);
        this.picUrl = builder.picUrl;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the picture's URL */
    public Optional<String> picUrl() {
        return Optional.ofNullable(picUrl);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("picUrl", picUrl);
        writeKeyboards(out);
        writeAttribution(out);
    }

    /** Builds a {@link PictureMessage}. */
    public static final class Builder extends AttributableMessage.Builder<PictureMessage, Builder> {

        private String picUrl;

        private Builder() {
            super(TYPE);
        }

        private Builder(PictureMessage message) {
            super(message);
            this.picUrl = message.picUrl;
        }

        /**
         * @param picUrl the picture's URL
         * @return this builder
         */
        public Builder picUrl(String picUrl) {
            this.picUrl = picUrl;
            return this;
        }

        @Override
        public PictureMessage build() {
            return new PictureMessage(this);
        }
    }
}
