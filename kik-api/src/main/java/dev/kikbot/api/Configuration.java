package dev.kikbot.api;

import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.Keyboard;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot's configuration ({@code GET/POST /v1/config}): the webhook Kik posts incoming messages to, the
 * {@link Features} flags, and an optional static keyboard offered when a user starts mentioning the bot.
 *
 * <pre>{@code
 * kik.setConfiguration(Configuration.builder()
 *         .webhook("https://example.com/incoming")
 *         .features(Features.builder().manuallySendReadReceipts(true).build())
 *         .build());
 * }</pre>
 *
 * <p>On the wire {@code features} is always written ({@code {}} when none are set) and
 * {@code staticKeyboard} only when there is one; fields this library does not know are kept.
 */
public final class Configuration {

    private final String webhook;
    private final Features features;
    private final Keyboard staticKeyboard;
    private final Map<String, JsonValue> unknownFields;

    private Configuration(Builder builder) {
        this.webhook = builder.webhook;
        this.features = builder.features;
        this.staticKeyboard = builder.staticKeyboard;
        this.unknownFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.unknownFields));
    }

    /** @return a builder with no webhook, no features and no static keyboard */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration */
    public Builder toBuilder() {
        Builder builder = new Builder().webhook(webhook).features(features).staticKeyboard(staticKeyboard);
        builder.unknownFields.putAll(unknownFields);
        return builder;
    }

    /**
     * Reads a configuration object as {@code /v1/config} exchanges it.
     *
     * @param json the JSON object
     * @return the configuration
     * @throws KikParseException if it is not a configuration object
     */
    public static Configuration fromJson(String json) {
        return ModelJson.configuration(json);
    }

    /** @return the configuration object exactly as {@code POST /v1/config} sends it */
    public String toJson() {
        return ModelJson.toJson(this);
    }

    /** @return the URL Kik posts incoming messages to; empty for a bot not set up yet */
    public Optional<String> webhook() {
        return Optional.ofNullable(webhook);
    }

    /** @return the feature flags; {@link Features#none()} when none are set */
    public Features features() {
        return features;
    }

    /** @return the keyboard offered when a user starts mentioning the bot */
    public Optional<Keyboard> staticKeyboard() {
        return Optional.ofNullable(staticKeyboard);
    }

    /** @return fields of the configuration object this library does not know; unmodifiable */
    public Map<String, JsonValue> unknownFields() {
        return unknownFields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration other
                && Objects.equals(webhook, other.webhook)
                && features.equals(other.features)
                && Objects.equals(staticKeyboard, other.staticKeyboard)
                && unknownFields.equals(other.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(webhook, features, staticKeyboard, unknownFields);
    }

    /** @return the fields, for reading in logs */
    @Override
    public String toString() {
        return "Configuration{webhook=" + webhook + ", features=" + features
                + (staticKeyboard == null ? "" : ", staticKeyboard=" + staticKeyboard)
                + (unknownFields.isEmpty() ? "" : ", unknownFields=" + unknownFields) + "}";
    }

    /** Builds a {@link Configuration}. */
    public static final class Builder {

        private String webhook;
        private Features features = Features.none();
        private Keyboard staticKeyboard;
        private final Map<String, JsonValue> unknownFields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param webhook the URL Kik posts incoming messages to
         * @return this builder
         */
        public Builder webhook(String webhook) {
            this.webhook = webhook;
            return this;
        }

        /**
         * @param features the feature flags; null means none
         * @return this builder
         */
        public Builder features(Features features) {
            this.features = features == null ? Features.none() : features;
            return this;
        }

        /**
         * @param staticKeyboard the keyboard offered when a user starts mentioning the bot, or null
         * @return this builder
         */
        public Builder staticKeyboard(Keyboard staticKeyboard) {
            this.staticKeyboard = staticKeyboard;
            return this;
        }

        /**
         * @param key a JSON key this library does not know
         * @param value its value
         * @return this builder
         */
        public Builder unknownField(String key, JsonValue value) {
            unknownFields.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the configuration */
        public Configuration build() {
            return new Configuration(this);
        }
    }
}
