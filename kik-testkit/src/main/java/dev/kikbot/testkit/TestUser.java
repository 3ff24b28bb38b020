package dev.kikbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.testkit.internal.ControlClient;
import java.util.Objects;

/** A simulated Kik user: opens chats with bots and scans their codes. Immutable. */
public final class TestUser {

    private final KikEmulator kik;
    private final String username;

    TestUser(KikEmulator kik, String username) {
        this.kik = kik;
        this.username = username;
    }

    /** @return the user's username */
    public String username() {
        return username;
    }

    /**
     * Opens the user's direct chat with the bot. The first time, the bot receives {@code start-chatting};
     * after that it is the same chat again, read from its start.
     *
     * @throws ControlApiException 400 if the bot or the user is gone
     */
    public TestChat chatWith(TestBot bot) {
        return chatWith(bot.username());
    }

    /** Opens the user's direct chat with the bot of that name, as {@link #chatWith(TestBot)} does. */
    public TestChat chatWith(String botUsername) {
        ObjectNode body = ControlClient.object().put("bot", Objects.requireNonNull(botUsername, "botUsername"));
        ArrayNode users = body.putArray("users");
        users.add(username);
        JsonNode chat = kik.control().post("/chats", body);
        return new TestChat(kik, chat.path("chatId").asText(), chat.path("bot").asText(), username);
    }

    /**
     * Scans a Kik Code the bot made ({@code POST /codes/{id}/scans}): the bot receives {@code scan-data} with
     * the code's data in its direct chat with this user.
     *
     * @param codeId the code's id, as {@code Code.id()} gives it
     * @return this user
     * @throws ControlApiException 404 for an unknown code, or from an emulator that does not serve scans
     */
    public TestUser scan(String codeId) {
        kik.scan(username, Objects.requireNonNull(codeId, "codeId"));
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestUser other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "TestUser{" + username + "}";
    }
}
