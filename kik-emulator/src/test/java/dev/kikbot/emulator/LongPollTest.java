package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /chats/{chatId}/messages?after=SEQ&waitMs=MS} waits for the next message, and no longer. */
class LongPollTest {

    private final Stage stage = Stage.start();
    private final String chat = stage.user("alice").chat("alice");

    @AfterEach
    void close() {
        stage.close();
    }

    @Test
    void aWaitingPollAnswersWhenTheNextMessageIsStored() throws Exception {
        long last = stage.messages(chat).get(0).get("seq").asLong();
        CompletableFuture<Http.Answer> poll = stage.control.getAsync(Stage.CONTROL + "/chats/" + chat
                + "/messages?after=" + last + "&waitMs=20000");

        stage.say(chat, "alice", "wake up");
        Http.Answer answer = poll.get(10, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode messages = answer.json().get("messages");
        // and, stored with it, the platform's "still getting set up": this bot has no webhook
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("seq").asLong()).isGreaterThan(last);
        assertThat(messages.get(0).get("message").get("body").asText()).isEqualTo("wake up");
    }

    @Test
    void aPollWithNothingNewAnswersEmptyWhenItsWaitIsOver() {
        long last = stage.messages(chat).get(0).get("seq").asLong();

        Http.Answer answer = stage.control.get(Stage.CONTROL + "/chats/" + chat + "/messages?after=" + last
                + "&waitMs=50");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("messages")).isEmpty();
    }

    @Test
    void thebotsMessagesShowWithTheirCoreMessage() {
        stage.send(SendMessageTest.text("alice", "hello"));

        JsonNode mine = SendMessageTest.last(stage.messages(chat));

        assertThat(mine.get("direction").asText()).isEqualTo("from-bot");
        assertThat(mine.has("coreMessage")).isTrue();
        assertThat(mine.has("delivery")).isFalse();
    }
}
