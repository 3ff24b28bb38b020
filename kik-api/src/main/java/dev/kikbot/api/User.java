package dev.kikbot.api;

import dev.kikbot.api.message.JsonValue;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Kik user's profile, from {@code GET /v1/user/{username}}. Only users who chat with the bot have one the
 * bot may read.
 */
public final class User {

    private final String firstName;
    private final String lastName;
    private final String profilePicUrl;
    private final Long profilePicLastModified;
    private final String timezone;
    private final Map<String, JsonValue> unknownFields;

    private User(Builder builder) {
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.profilePicUrl = builder.profilePicUrl;
        this.profilePicLastModified = builder.profilePicLastModified;
        this.timezone = builder.timezone;
        this.unknownFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.unknownFields));
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this profile */
    public Builder toBuilder() {
        Builder builder = new Builder().firstName(firstName).lastName(lastName).profilePicUrl(profilePicUrl)
                .timezone(timezone);
        builder.profilePicLastModified = profilePicLastModified;
        builder.unknownFields.putAll(unknownFields);
        return builder;
    }

    /**
     * Reads a profile object as {@code GET /v1/user/{username}} returns it.
     *
     * @param json the JSON object
     * @return the profile
     * @throws KikParseException if it is not a profile object
     */
    public static User fromJson(String json) {
        return ModelJson.user(json);
    }

    /** @return the profile object as the API returns it */
    public String toJson() {
        return ModelJson.toJson(this);
    }

    /** @return the first name; empty if Kik sent none */
    public String firstName() {
        return firstName == null ? "" : firstName;
    }

    /** @return the last name; empty if Kik sent none */
    public String lastName() {
        return lastName == null ? "" : lastName;
    }

    /** @return first and last name joined by a space, as kik-node's {@code displayName} */
    public String displayName() {
        return (firstName() + " " + lastName()).trim();
    }

    /** @return the URL of the profile picture */
    public Optional<String> profilePicUrl() {
        return Optional.ofNullable(profilePicUrl);
    }

    /** @return when the profile picture last changed, to cache it by (as Kik sent it; seconds, it seems) */
    public OptionalLong profilePicLastModified() {
        return profilePicLastModified == null ? OptionalLong.empty() : OptionalLong.of(profilePicLastModified);
    }

    /** @return the user's time zone as an IANA name, such as {@code America/Toronto} */
    public Optional<String> timezone() {
        return Optional.ofNullable(timezone);
    }

    /** @return the time zone as a {@link ZoneId}, if it names one Java knows */
    public Optional<ZoneId> zoneId() {
        try {
            return timezone().map(ZoneId::of);
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }

    /** @return fields of the profile this library does not know; unmodifiable */
    public Map<String, JsonValue> unknownFields() {
        return unknownFields;
    }

    String rawFirstName() {
        return firstName;
    }

    String rawLastName() {
        return lastName;
    }

    Long rawProfilePicLastModified() {
        return profilePicLastModified;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User other
                && Objects.equals(firstName, other.firstName)
                && Objects.equals(lastName, other.lastName)
                && Objects.equals(profilePicUrl, other.profilePicUrl)
                && Objects.equals(profilePicLastModified, other.profilePicLastModified)
                && Objects.equals(timezone, other.timezone)
                && unknownFields.equals(other.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstName, lastName, profilePicUrl, profilePicLastModified, timezone, unknownFields);
    }

    /** @return the profile, for reading in logs */
    @Override
    public String toString() {
        return "User{firstName=" + firstName + ", lastName=" + lastName + ", profilePicUrl=" + profilePicUrl
                + ", profilePicLastModified=" + profilePicLastModified + ", timezone=" + timezone + "}";
    }

    /** Builds a {@link User}, for servers and tests that produce profiles. */
    public static final class Builder {

        private String firstName;
        private String lastName;
        private String profilePicUrl;
        private Long profilePicLastModified;
        private String timezone;
        private final Map<String, JsonValue> unknownFields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param firstName the first name
         * @return this builder
         */
        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * @param lastName the last name
         * @return this builder
         */
        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * @param profilePicUrl the URL of the profile picture
         * @return this builder
         */
        public Builder profilePicUrl(String profilePicUrl) {
            this.profilePicUrl = profilePicUrl;
            return this;
        }

        /**
         * @param profilePicLastModified when the profile picture last changed
         * @return this builder
         */
        public Builder profilePicLastModified(long profilePicLastModified) {
            this.profilePicLastModified = profilePicLastModified;
            return this;
        }

        /**
         * @param timezone an IANA time zone name
         * @return this builder
         */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
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

        /** @return the profile */
        public User build() {
            return new User(this);
        }
    }
}
