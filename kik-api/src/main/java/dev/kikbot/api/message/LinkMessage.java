package dev.kikbot.api.message;

import java.util.Optional;

/**
 * A link message ({@code "type":"link"}): a card with a title, text and picture that opens {@code url}.
 * Sending one needs {@code to} and {@code url}; a preset attribution is not allowed on links.
 */
public final class LinkMessage extends AttributableMessage {

    /** The wire type of this message. */
    public static final String TYPE = "link";

    private final String url;
    private final String title;
    private final String text;
    private final String picUrl;
    private final Boolean noForward;
    private final JsonValue kikJsData;

    private LinkMessage(Builder builder) {
        super(builder);
        this.url = builder.url;
        this.title = builder.title;
        this.text = builder.text;
        this.picUrl = builder.picUrl;
        this.noForward = builder.noForward;
        this.kikJsData = builder.kikJsData;
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the URL the card opens */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return the card's title */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return the card's description */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** @return the card's preview picture */
    public Optional<String> picUrl() {
        return Optional.ofNullable(picUrl);
    }

    /** @return whether the receiver may not forward the link; false when not given */
    public boolean noForward() {
        return Boolean.TRUE.equals(noForward);
    }

    /** @return data handed to the linked page; any JSON value */
    public Optional<JsonValue> kikJsData() {
        return Optional.ofNullable(kikJsData);
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("url", url);
        out.put("title", title);
        out.put("text", text);
        out.put("picUrl", picUrl);
        out.put("noForward", noForward);
        out.put("kikJsData", kikJsData);
        writeKeyboards(out);
        writeAttribution(out);
    }

    /** Builds a {@link LinkMessage}. */
    public static final class Builder extends AttributableMessage.Builder<LinkMessage, Builder> {

        private String url;
        private String title;
        private String text;
        private String picUrl;
        private Boolean noForward;
        private JsonValue kikJsData;

        private Builder() {
            super(TYPE);
        }

        private Builder(LinkMessage message) {
            super(message);
            this.url = message.url;
            this.title = message.title;
            this.text = message.text;
            this.picUrl = message.picUrl;
            this.noForward = message.noForward;
            this.kikJsData = message.kikJsData;
        }

        /**
         * @param url the URL the card opens
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * @param title the card's title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param text the card's description
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * @param picUrl the card's preview picture
         * @return this builder
         */
        public Builder picUrl(String picUrl) {
            this.picUrl = picUrl;
            return this;
        }

        /**
         * @param noForward whether the receiver may not forward the link
         * @return this builder
         */
        public Builder noForward(boolean noForward) {
            this.noForward = noForward;
            return this;
        }

        /**
         * @param kikJsData data handed to the linked page
         * @return this builder
         */
        public Builder kikJsData(JsonValue kikJsData) {
            this.kikJsData = kikJsData;
            return this;
        }

        @Override
        public LinkMessage build() {
            return new LinkMessage(this);
        }
    }
}
