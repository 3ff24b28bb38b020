package dev.kikbot.emulator.platform;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.message.OutgoingRules;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.Store;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Registers bots and changes their configuration, telling the delivery when a webhook may have changed. */
public final class Bots {

    private final Store store;
    private final Consumer<String> reconfigured;

    /**
     * @param reconfigured told a bot's name after its configuration changed
     */
    public Bots(Store store, Consumer<String> reconfigured) {
        this.store = store;
        this.reconfigured = reconfigured;
    }

    /**
     * @param apiKey the key; empty for a random UUIDv4 (kik-node accepts no other shape)
     * @throws ApiError 400 for a bad username or webhook, 409 if the bot exists
     */
    public BotAccount register(String username, Optional<String> apiKey, Optional<String> webhook) {
        BotAccount bot = account(username, apiKey, webhook);
        if (!store.addBot(bot)) {
            throw ApiError.conflict("username: a bot '" + username + "' exists already");
        }
        return bot;
    }

    /**
     * Registers a bot given at startup, or updates it if the database has it already: a given key or webhook
     * replaces the stored one, an omitted one keeps it.
     */
    public BotAccount ensure(String username, Optional<String> apiKey, Optional<String> webhook) {
        Optional<BotAccount> existing = store.bot(username);
        if (existing.isEmpty()) {
            return register(username, apiKey, webhook);
        }
        BotAccount old = existing.get();
        Configuration config = webhook.isPresent()
                ? old.configuration().toBuilder().webhook(checkedWebhook(webhook.get())).build()
                : old.configuration();
        BotAccount updated = new BotAccount(username, apiKey.filter(key -> !key.isEmpty()).orElse(old.apiKey()),
                config);
        store.updateBot(updated);
        reconfigured.accept(username);
        return updated;
    }

    /** Stores the configuration a bot set with {@code POST /v1/config}. */
    public BotAccount configure(BotAccount bot, Configuration config) {
        config.webhook().ifPresent(Bots::checkedWebhook);
        BotAccount updated = bot.withConfiguration(config);
        store.updateBot(updated);
        reconfigured.accept(bot.username());
        return updated;
    }

    /** @return a random API key in the shape Kik gave: a UUIDv4 */
    public static String newApiKey() {
        return UUID.randomUUID().toString();
    }

    private static BotAccount account(String username, Optional<String> apiKey, Optional<String> webhook) {
        if (!OutgoingRules.isValidUsername(username)) {
            throw ApiError.badRequest("username: '" + username + "' is not a valid Kik username ("
                    + OutgoingRules.USERNAME.pattern() + ")");
        }
        Configuration.Builder config = Configuration.builder();
        webhook.filter(url -> !url.isEmpty()).ifPresent(url -> config.webhook(checkedWebhook(url)));
        return new BotAccount(username, apiKey.filter(key -> !key.isEmpty()).orElseGet(Bots::newApiKey),
                config.build());
    }

    private static String checkedWebhook(String url) {
        try {
            URI uri = URI.create(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException notUri) {
            // answered below
        }
        throw ApiError.badRequest("webhook: '" + url + "' is not an absolute http or https URL");
    }
}
