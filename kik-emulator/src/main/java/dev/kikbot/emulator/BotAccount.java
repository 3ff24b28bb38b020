package dev.kikbot.emulator;

import dev.kikbot.api.Configuration;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot registered on the emulator: its username, its API key and the configuration it set through
 * {@code POST /v1/config} (or was given at registration). Immutable; {@link #toString()} leaves out the key.
 */
public final class BotAccount {

    private final String username;
    private final String apiKey;
    private final Configuration configuration;

    /**
     * @param username the bot's username
     * @param apiKey its API key: the password of its Basic auth and the key of its webhook signatures
     * @param configuration its configuration; the webhook, if any, is where its messages are delivered
     */
    public BotAccount(String username, String apiKey, Configuration configuration) {
        this.username = Objects.requireNonNull(username, "username");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /** @return the bot's username */
    public String username() {
        return username;
    }

    /** @return the bot's API key */
    public String apiKey() {
        return apiKey;
    }

    /** @return the configuration as the bot last set it */
    public Configuration configuration() {
        return configuration;
    }

    /** @return where the bot's messages are delivered; empty for a bot that is not set up yet */
    public Optional<String> webhook() {
        return configuration.webhook();
    }

    /** @return this account with another configuration */
    public BotAccount withConfiguration(Configuration configuration) {
        return new BotAccount(username, apiKey, configuration);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BotAccount other && username.equals(other.username) && apiKey.equals(other.apiKey)
                && configuration.equals(other.configuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, apiKey, configuration);
    }

    /** @return the username and webhook; never the API key */
    @Override
    public String toString() {
        return "BotAccount{username=" + username + ", webhook=" + webhook().orElse("(none)") + "}";
    }
}
