package dev.kikbot.api.message;

import java.util.Optional;

/** A sticker a user sent ({@code "type":"sticker"}). Incoming only. */
public final class StickerMessage extends Message {

    /** The wire type of this message. */
    public static final String TYPE = "sticker";

    private final String stickerPackId;
    private final String stickerUrl;

    private StickerMessage(Builder builder) {
        super(builder);
        this.stickerPackId = builder.stickerPackId;
        this.stickerUrl = builder.stickerUrl;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the id of the sticker's pack */
    public Optional<String> stickerPackId() {
        return Optional.ofNullable(stickerPackId);
    }

    /** @return the sticker image's URL */
    public Optional<String> stickerUrl() {
        return Optional.ofNullable(stickerUrl);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("stickerPackId", stickerPackId);
        out.put("stickerUrl", stickerUrl);
    }

    /** Builds a {@link StickerMessage}. */
    public static final class Builder extends Message.Builder<StickerMessage, Builder> {

        private String stickerPackId;
        private String stickerUrl;

        private Builder() {
            super(TYPE);
        }

        private Builder(StickerMessage message) {
            super(message);
            this.stickerPackId = message.stickerPackId;
            this.stickerUrl = message.stickerUrl;
        }

        /**
         * @param stickerPackId the id of the sticker's pack
         * @return this builder
         */
        public Builder stickerPackId(String stickerPackId) {
            this.stickerPackId = stickerPackId;
            return this;
        }

        /**
         * @param stickerUrl the sticker image's URL
         * @return this builder
         */
        public Builder stickerUrl(String stickerUrl) {
            this.stickerUrl = stickerUrl;
            return this;
        }

        @Override
        public StickerMessage build() {
            return new StickerMessage(this);
        }
    }
}
