package dev.kikbot.api.message;

import java.util.Optional;

/** A video message ({@code "type":"video"}). Sending one needs {@code to} and {@code videoUrl}. */
public final class VideoMessage extends AttributableMessage {

    /** The wire type of this message. */
    public static final String TYPE = "video";

    private final String videoUrl;
    private final Boolean loop;
    private final Boolean muted;
    private final Boolean autoplay;
    private final Boolean noSave;

    private VideoMessage(Builder builder) {
        super(builder);
        this.videoUrl = builder.videoUrl;
        this.loop = builder.loop;
        this.muted = builder.muted;
        this.autoplay = builder.autoplay;
        this.noSave = builder.noSave;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the video's URL */
    public Optional<String> videoUrl() {
        return Optional.ofNullable(videoUrl);
    }

    /** @return whether the video plays in a loop; false when not given */
    public boolean loop() {
        return Boolean.TRUE.equals(loop);
    }

    /** @return whether the video starts muted; false when not given */
    public boolean muted() {
        return Boolean.TRUE.equals(muted);
    }

    /** @return whether the video starts by itself; false when not given */
    public boolean autoplay() {
        return Boolean.TRUE.equals(autoplay);
    }

    /** @return whether the receiver may not save the video; false when not given */
    public boolean noSave() {
        return Boolean.TRUE.equals(noSave);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("videoUrl", videoUrl);
        out.put("loop", loop);
        out.put("muted", muted);
        out.put("autoplay", autoplay);
        out.put("noSave", noSave);
        writeKeyboards(out);
        writeAttribution(out);
    }

    /** Builds a {@link VideoMessage}. */
    public static final class Builder extends AttributableMessage.Builder<VideoMessage, Builder> {

        private String videoUrl;
        private Boolean loop;
        private Boolean muted;
        private Boolean autoplay;
        private Boolean noSave;

        private Builder() {
            super(TYPE);
        }

        private Builder(VideoMessage message) {
            super(message);
            this.videoUrl = message.videoUrl;
            this.loop = message.loop;
            this.muted = message.muted;
            this.autoplay = message.autoplay;
            this.noSave = message.noSave;
        }

        /**
         * @param videoUrl the video's URL
         * @return this builder
         */
        public Builder videoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
            return this;
        }

        /**
         * @param loop whether the video plays in a loop
         * @return this builder
         */
        public Builder loop(boolean loop) {
            this.loop = loop;
            return this;
        }

        /**
         * @param muted whether the video starts muted
         * @return this builder
         */
        public Builder muted(boolean muted) {
            this.muted = muted;
            return this;
        }

        /**
         * @param autoplay whether the video starts by itself
         * @return this builder
         */
        public Builder autoplay(boolean autoplay) {
            this.autoplay = autoplay;
            return this;
        }

        /**
         * @param noSave whether the receiver may not save the video
         * @return this builder
         */
        public Builder noSave(boolean noSave) {
            this.noSave = noSave;
            return this;
        }

        @Override
        public VideoMessage build() {
            return new VideoMessage(this);
        }
    }
}
