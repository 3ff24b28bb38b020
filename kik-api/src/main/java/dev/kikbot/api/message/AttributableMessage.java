package dev.kikbot.api.message;

import java.util.Optional;

/**
 * A message that can name where its content comes from: link, picture and video. Only picture and video
 * accept a {@link PresetAttribution}.
 */
public abstract sealed class AttributableMessage extends KeyboardMessage
        permits LinkMessage, PictureMessage, VideoMessage {

    private final Attribution attribution;

    AttributableMessage(Builder<?, ?> builder) {
        super(builder);
        this.attribution = builder.attribution;
    }

    /** @return where the content comes from */
    public Optional<Attribution> attribution() {
        return Optional.ofNullable(attribution);
    }

    void writeAttribution(FieldSink out) {
        out.put("attribution", attribution);
    }

    /**
     * Builds messages with attribution.
     *
     * @param <M> the message type built
     * @param <B> the concrete builder
     */
    public abstract static class Builder<M extends AttributableMessage, B extends Builder<M, B>>
            extends KeyboardMessage.Builder<M, B> {

        private Attribution attribution;

        Builder(String type) {
            super(type);
        }

        Builder(AttributableMessage message) {
            super(message);
            this.attribution = message.attribution;
        }

        /**
         * @param attribution a {@link CustomAttribution}, or a {@link PresetAttribution} on picture and video
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public B attribution(Attribution attribution) {
            this.attribution = attribution;
            return (B) this;
        }
    }
}
