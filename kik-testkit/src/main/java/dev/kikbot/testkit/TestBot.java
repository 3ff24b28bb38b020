package dev.kikbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.testkit.internal.ControlClient;
import java.util.List;
import java.util.Optional;

/**
 * A bot registered on the emulator: its username and API key, and a {@link KikApi} for the bot under test to
 * send with. The kit never sees the bot's code: the test builds its bot on {@link #api()} and points the
 * webhook at wherever that bot listens.
 *
 * <pre>{@code
 * TestBot echo = kik.bot("echo");
 * Bot bot = EchoBot.create(echo.api());
 * echo.webhook(bot.serve("127.0.0.1", 0).url() + "/incoming");
 * }</pre>
 *
 * <p>Immutable; {@link #toString()} leaves out the key.
 */
public final class TestBot {

    private final KikEmulator kik;
    private final String username;
    private final String apiKey;
    private final KikApi api;

    TestBot(KikEmulator kik, String username, String apiKey) {
        this.kik = kik;
        this.username = username;
        this.apiKey = apiKey;
        this.api = KikApi.builder(username, apiKey).baseUrl(kik.apiUrl()).build();
    }

    /** @return the bot's username */
    public String username() {
        return username;
    }

    /** @return the bot's API key: its Basic auth password and the key of its webhook signatures */
    public String apiKey() {
        return apiKey;
    }

    /** @return the base URL of the Bot API the bot talks to: the emulator's */
    public String apiUrl() {
        return kik.apiUrl();
    }

    /**
     * @return the bot's API client, pointed at the emulator: always the same one. A bot that needs other
     *     client options builds its own from {@link #username()}, {@link #apiKey()} and {@link #apiUrl()}.
     */
    public KikApi api() {
        return api;
    }

    /**
     * Points the bot's webhook at {@code url}, as the bot itself would with {@code POST /v1/config}; the rest
     * of its configuration stays. Messages that waited for a webhook are delivered now.
     *
     * @return this bot
     */
    public TestBot webhook(String url) {
        api.setConfiguration(api.getConfiguration().toBuilder().webhook(url).build());
        return this;
    }

    /** @return the bot's configuration as it last set it */
    public Configuration configuration() {
        return api().getConfiguration();
    }

    /** @return where the emulator delivers the bot's messages; empty while it has no webhook */
    public Optional<String> webhook() {
        JsonNode bot = kik.control().get("/bots/" + ControlClient.encode(username));
        return Optional.ofNullable(bot.path("webhook").textValue());
    }

    /**
     * @return the emulator's latest attempts to deliver to this bot's webhook, oldest first, one line each
     *     ({@code status 200 in 3 ms, 1 message(s)} or {@code failed: Connection refused}); what a failing test
     *     shows when the bot never answered
     */
    public List<String> deliveries() {
        return kik.deliveries(username);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestBot other && username.equals(other.username) && apiKey.equals(other.apiKey);
    }

    @Override
    public int hashCode() {
        return username.hashCode() * 31 + apiKey.hashCode();
    }

    @Override
    public String toString() {
        return "TestBot{" + username + "}";
    }
}
