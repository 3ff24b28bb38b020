package dev.kikbot.api.message;

import java.util.Optional;

/** A suggested picture: tapping it sends the picture to the bot as a picture message with the metadata. */
public final class PictureResponse extends SuggestedResponse {

    /** The wire type of this response. */
    public static final String TYPE = "picture";

    private final String picUrl;

    private PictureResponse(Builder builder) {
        super(builder);
        this.picUrl = builder.picUrl;
    }

    /**
     * @param picUrl the picture's URL
     * @param metadata handed back when tapped; any JSON value
     * @return a picture response
     */
    public static PictureResponse of(String picUrl, JsonValue metadata) {
        return builder().picUrl(picUrl).metadata(metadata).build();
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's fields */
    public Builder toBuilder() {
        return new Builder(this).picUrl(picUrl);
    }

    /** @return the picture's URL */
    public Optional<String> picUrl() {
        return Optional.ofNullable(picUrl);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("picUrl", picUrl);
    }

    /** Builds a {@link PictureResponse}. */
    public static final class Builder extends SuggestedResponse.Builder<PictureResponse, Builder> {

        private String picUrl;

        private Builder() {
            super(TYPE);
        }

        private Builder(PictureResponse response) {
            super(response);
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
        public PictureResponse build() {
            return new PictureResponse(this);
        }
    }
}
