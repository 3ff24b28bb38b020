package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A started emulator with a bot, and the control API calls tests make to set the scene: users, direct
 * chats, and users saying things. Closing it closes the emulator.
 */
final class Stage implements AutoCloseable {

    static final String BOT = "echobot";
    static final String KEY = "2042cd8e-638c-4183-aef4-d4bef6f01981";
    static final String CONTROL = "/emulator/v1";

    final Emulator emulator;
    final Http control;
    final Http bot;

    Stage(Emulator.Builder builder) {
        this.emulator = builder.build().start();
        this.control = Http.of(emulator);
        this.bot = control.as(BOT, KEY);
    }

    /** @return a stage with the bot {@value #BOT} and no webhook, in memory, on a free port */
    static Stage start() {
        return new Stage(Emulator.builder().bot(BOT, KEY, null));
    }

    /** Creates a user with a first and last name. */
    Stage user(String username) {
        Http.Answer answer = control.post(CONTROL + "/users",
                "{\"username\":\"" + username + "\",\"firstName\":\"First\",\"lastName\":\"Last\"}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return this;
    }

    /** @return the id of the direct chat of the bot and the user, opened if need be */
    String chat(String username) {
        Http.Answer answer = control.post(CONTROL + "/chats",
                "{\"bot\":\"" + BOT + "\",\"users\":[\"" + username + "\"]}");
        assertThat(answer.status()).as("%s", answer).isIn(200, 201);
        return answer.json().get("chatId").asText();
    }

    /** @return the message as the webhook receives it, after the user said it */
    JsonNode say(String chatId, String from, String text) {
        Http.Answer answer = control.post(CONTROL + "/chats/" + chatId + "/messages",
                "{\"from\":\"" + from + "\",\"type\":\"text\",\"body\":\"" + text + "\"}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.json().get("message");
    }

    /** @return the chat's history */
    JsonNode messages(String chatId) {
        Http.Answer answer = control.get(CONTROL + "/chats/" + chatId + "/messages");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json().get("messages");
    }

    /** @return the bot's answer to {@code POST /v1/message} with this body */
    Http.Answer send(String body) {
        return bot.post("/v1/message", body);
    }

    @Override
    public void close() {
        emulator.close();
    }
}
