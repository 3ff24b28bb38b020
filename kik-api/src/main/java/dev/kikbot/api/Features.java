package dev.kikbot.api;

import dev.kikbot.api.message.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The feature flags of a bot's {@link Configuration}. Four flags are known; others the server may return are
 * kept and sent back unchanged. A flag that was never set is not written, so {@code Features.none()} is
 * {@code {}} on the wire, as kik-python sends it.
 */
public final class Features {

    /** Flag: the bot sends read receipts itself instead of Kik marking messages read for it. */
    public static final String MANUALLY_SEND_READ_RECEIPTS = "manuallySendReadReceipts";
    /** Flag: Kik delivers {@code read-receipt} messages for the bot's messages. */
    public static final String RECEIVE_READ_RECEIPTS = "receiveReadReceipts";
    /** Flag: Kik delivers {@code delivery-receipt} messages. */
    public static final String RECEIVE_DELIVERY_RECEIPTS = "receiveDeliveryReceipts";
    /** Flag: Kik delivers {@code is-typing} messages. */
    public static final String RECEIVE_IS_TYPING = "receiveIsTyping";

    private static final Features NONE = new Features(Map.of());

    private final Map<String, JsonValue> flags;

    private Features(Map<String, JsonValue> flags) {
        this.flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }

    /** @return no flags set: {@code {}} */
    public static Features none() {
        return NONE;
    }

    /** @return a builder with no flags set */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** @return a builder holding these flags */
    public Builder toBuilder() {
        return new Builder(flags);
    }

    /** @return whether the bot sends read receipts itself; false when not set */
    public boolean manuallySendReadReceipts() {
        return isOn(MANUALLY_SEND_READ_RECEIPTS);
    }

    /** @return whether read receipts are delivered to the bot; false when not set */
    public boolean receiveReadReceipts() {
        return isOn(RECEIVE_READ_RECEIPTS);
    }

    /** @return whether delivery receipts are delivered to the bot; false when not set */
    public boolean receiveDeliveryReceipts() {
        return isOn(RECEIVE_DELIVERY_RECEIPTS);
    }

    /** @return whether typing notifications are delivered to the bot; false when not set */
    public boolean receiveIsTyping() {
        return isOn(RECEIVE_IS_TYPING);
    }

    /**
     * @param name a flag's wire name
     * @return the flag's value, if it is set to a boolean
     */
    public Optional<Boolean> flag(String name) {
        JsonValue value = flags.get(name);
        if (value == null || !(value.toJavaObject() instanceof Boolean bool)) {
            return Optional.empty();
        }
        return Optional.of(bool);
    }

    /** @return every flag as on the wire, in order; unmodifiable */
    public Map<String, JsonValue> asMap() {
        return flags;
    }

    private boolean isOn(String name) {
        return flag(name).orElse(false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Features other && flags.equals(other.flags);
    }

    @Override
    public int hashCode() {
        return flags.hashCode();
    }

    /** @return the flags, for example {@code Features{manuallySendReadReceipts=true}} */
    @Override
    public String toString() {
        return "Features" + flags;
    }

    /** Builds {@link Features}. */
    public static final class Builder {

        private final Map<String, JsonValue> flags;

        private Builder(Map<String, JsonValue> flags) {
            this.flags = new LinkedHashMap<>(flags);
        }

        /**
         * @param on whether the bot sends read receipts itself
         * @return this builder
         */
        public Builder manuallySendReadReceipts(boolean on) {
            return flag(MANUALLY_SEND_READ_RECEIPTS, on);
        }

        /**
         * @param on whether read receipts are delivered to the bot
         * @return this builder
         */
        public Builder receiveReadReceipts(boolean on) {
            return flag(RECEIVE_READ_RECEIPTS, on);
        }

        /**
         * @param on whether delivery receipts are delivered to the bot
         * @return this builder
         */
        public Builder receiveDeliveryReceipts(boolean on) {
            return flag(RECEIVE_DELIVERY_RECEIPTS, on);
        }

        /**
         * @param on whether typing notifications are delivered to the bot
         * @return this builder
         */
        public Builder receiveIsTyping(boolean on) {
            return flag(RECEIVE_IS_TYPING, on);
        }

        /**
         * @param name any flag's wire name
         * @param on its value
         * @return this builder
         */
        public Builder flag(String name, boolean on) {
            flags.put(Objects.requireNonNull(name, "name"), JsonValue.of(on));
            return this;
        }

        /**
         * @param name a flag's wire name
         * @param value its value as the server sent it
         * @return this builder
         */
        public Builder flag(String name, JsonValue value) {
            flags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the flags */
        public Features build() {
            return new Features(flags);
        }
    }
}
