package dev.kikbot.api.message;

import java.util.Map;
import java.util.Optional;

/**
 * A named content source with an optional icon: {@code {"name":"Imgur","iconUrl":"http://..."}}. Valid on
 * link, picture and video messages. Either field may be left out; it is then not written.
 */
public final class CustomAttribution extends WireObject implements Attribution {

    private final String name;
    private final String iconUrl;

    private CustomAttribution(Builder builder) {
        super(builder.unknownFields);
        this.name = builder.name;
        this.iconUrl = builder.iconUrl;
    }

    /**
     * @param name the source's name
     * @param iconUrl the URL of the source's icon
     * @return an attribution with both fields
     */
    public static CustomAttribution of(String name, String iconUrl) {
        return builder().name(name).iconUrl(iconUrl).build();
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the name shown as the source */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the URL of the icon shown beside the name */
    public Optional<String> iconUrl() {
        return Optional.ofNullable(iconUrl);
    }

    @Override
    void writeFields(FieldSink out) {
        out.put("name", name);
        out.put("iconUrl", iconUrl);
    }

    /** Builds a {@link CustomAttribution}. */
    public static final class Builder {

        private String name;
        private String iconUrl;
        private Map<String, JsonValue> unknownFields = Map.of();

        private Builder() {
        }

        /**
         * @param name the source's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param iconUrl the URL of the source's icon
         * @return this builder
         */
        public Builder iconUrl(String iconUrl) {
            this.iconUrl = iconUrl;
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

        /** @return the attribution */
        public CustomAttribution build() {
            return new CustomAttribution(this);
        }
    }
}
