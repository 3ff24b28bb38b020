package dev.kikbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.Emulator;
import dev.kikbot.testkit.internal.ControlClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A running emulator, as a test sees it: register the bot under test, create users, open chats. What a user
 * then says and what the bot answers is in {@link TestChat}. A test gets one as a parameter from
 * {@link KikEmulatorExtension}:
 *
 * <pre>{@code
 * @Test
 * void echoes(KikEmulator kik) {
 *     TestBot echo = kik.bot("echo");
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every call goes through the emulator's control API ({@code /emulator/v1}), as any other tool
 * would drive it; a refused call is a {@link ControlApiException}.
 */
public final class KikEmulator {

    private final Emulator emulator;
    private final ControlClient control;
    private final Duration timeout;

    KikEmulator(Emulator emulator, Duration timeout) {
        this.emulator = emulator;
        this.control = new ControlClient(emulator.url());
        this.timeout = timeout;
    }

    /** @return the emulator's base URL, such as {@code http://127.0.0.1:41234}: the bots' API base URL */
    public String url() {
        return emulator.url();
    }

    /** @return the base URL a bot's {@code KikApi} uses; the same as {@link #url()} */
    public String apiUrl() {
        return emulator.url();
    }

    /** @return the control API's base URL, {@code url() + "/emulator/v1"} */
    public String controlUrl() {
        return emulator.url() + "/emulator/v1";
    }

    /** @return the emulator itself, for what the kit does not cover */
    public Emulator emulator() {
        return emulator;
    }

    /** @return how long the awaiting calls of chats wait unless told otherwise */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Registers a bot with a new API key and no webhook yet; give it one with {@link TestBot#webhook(String)}
     * once the bot under test listens.
     *
     * @throws ControlApiException 409 if the bot exists, 400 if the name is not a Kik username
     */
    public TestBot bot(String username) {
        return registerBot(username, null);
    }

    /**
     * Registers a bot whose messages go to {@code webhookUrl}.
     *
     * @throws ControlApiException 409 if the bot exists, 400 for a bad name or URL
     */
    public TestBot bot(String username, String webhookUrl) {
        return registerBot(username, Objects.requireNonNull(webhookUrl, "webhookUrl"));
    }

    private TestBot registerBot(String username, String webhook) {
        ObjectNode body = ControlClient.object().put("username", Objects.requireNonNull(username, "username"));
        if (webhook != null) {
            body.put("webhook", webhook);
        }
        JsonNode bot = control.post("/bots", body);
        return new TestBot(this, bot.path("username").asText(), bot.path("apiKey").asText());
    }

    /**
     * Creates a user named after the username: {@code alice} is Alice Kik.
     *
     * @throws ControlApiException 409 if the user exists, 400 if the name is not a Kik username
     */
    public TestUser user(String username) {
        Objects.requireNonNull(username, "username");
        String first = username.isEmpty() ? username
                : username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
        return user(username, first, "Kik");
    }

    /**
     * Creates a user with that name.
     *
     * @throws ControlApiException 409 if the user exists, 400 if the name is not a Kik username
     */
    public TestUser user(String username, String firstName, String lastName) {
        control.post("/users", ControlClient.object().put("username", Objects.requireNonNull(username, "username"))
                .put("firstName", Objects.requireNonNull(firstName, "firstName"))
                .put("lastName", Objects.requireNonNull(lastName, "lastName")));
        return new TestUser(this, username);
    }

    /**
     * Opens a group chat of the bot and these users ({@code POST /chats} with a {@code chatType}). In a group
     * the bot hears a message only when it is mentioned: {@link TestChat#mention(String)}.
     *
     * @param isPublic a public group rather than a private one
     * @param users the participants, at least one; the chat speaks as the first, {@link TestChat#as(TestUser)}
     *     as another
     * @throws ControlApiException 400 from an emulator without group chats, or for an unknown bot or user
     */
    public TestChat group(TestBot bot, boolean isPublic, TestUser... users) {
        if (users.length == 0) {
            throw new IllegalArgumentException("A group needs at least one user besides the bot");
        }
        ObjectNode body = ControlClient.object().put("bot", bot.username())
                .put("chatType", isPublic ? "public" : "private");
        ArrayNode names = body.putArray("users");
        for (TestUser user : users) {
            names.add(user.username());
        }
        JsonNode chat = control.post("/chats", body);
        return new TestChat(this, chat.path("chatId").asText(), bot.username(), users[0].username());
    }

    /**
     * A user scans a Kik Code the bot made with {@code /v1/code}: the bot receives {@code scan-data} with the
     * code's data in their direct chat ({@code POST /codes/{id}/scans}).
     *
     * @param codeId the code's id, as {@code Code.id()} gives it
     * @throws ControlApiException 404 for an unknown code, or if this emulator does not serve scans yet
     */
    void scan(String user, String codeId) {
        control.post("/codes/" + ControlClient.encode(codeId) + "/scans", ControlClient.object().put("user", user));
    }

    /** Forgets every bot, user, chat and message ({@code POST /reset}); the extension does it before each test. */
    public void reset() {
        control.post("/reset", ControlClient.object());
    }

    /** @return the latest webhook attempts to the bot, oldest first, one line each */
    List<String> deliveries(String bot) {
        List<String> lines = new ArrayList<>();
        for (JsonNode attempt : control.get("/bots/" + ControlClient.encode(bot) + "/deliveries").path("deliveries")) {
            String outcome = attempt.path("status").isNumber() ? "status " + attempt.path("status").asInt()
                    : "failed: " + attempt.path("error").asText("no answer");
            lines.add(outcome + " in " + attempt.path("latencyMs").asLong() + " ms, "
                    + attempt.path("messageIds").size() + " message(s)");
        }
        return List.copyOf(lines);
    }

    ControlClient control() {
        return control;
    }

    @Override
    public String toString() {
        return "KikEmulator{" + url() + "}";
    }
}
