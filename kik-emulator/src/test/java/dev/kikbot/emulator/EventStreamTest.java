package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.RecordingServer;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /emulator/v1/events}, the web page's live updates: new messages, delivery changes and refused
 * Bot API calls arrive as server-sent events, and a browser that reconnects resumes where it was.
 */
class EventStreamTest {

    @Test
    void aMessageAUserSaysArrivesAsAnEventWithItsSequenceAsId() throws Exception {
        try (Stage stage = Stage.start().user("alice");
                EventsClient events = new EventsClient(stage.emulator, "", null)) {
            assertThat(events.response().statusCode()).isEqualTo(200);
            assertThat(events.response().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            events.await("ready");
            String chat = stage.chat("alice");
            JsonNode said = stage.say(chat, "alice", "hello there");

            EventsClient.Event event = events.await(e -> e.name().equals("message")
                    && e.json().path("message").path("type").asText().equals("text"));

            JsonNode data = event.json();
            assertThat(data.get("chatId").asText()).isEqualTo(chat);
            assertThat(data.get("direction").asText()).isEqualTo("to-bot");
            assertThat(data.get("message")).isEqualTo(said);
            assertThat(event.id()).isEqualTo(data.get("seq").asText());
        }
    }

    @Test
    void aBrowserThatReconnectsGetsWhatWasStoredAfterItsLastEventId() throws Exception {
        try (Stage stage = Stage.start().user("alice")) {
            String chat = stage.chat("alice");
            stage.say(chat, "alice", "one");
            stage.say(chat, "alice", "two");
            long oneSeq = 0;
            for (JsonNode message : stage.messages(chat)) {
                if (message.get("message").path("body").asText().equals("one")) {
                    oneSeq = message.get("seq").asLong();
                }
            }

            try (EventsClient events = new EventsClient(stage.emulator, "", Long.toString(oneSeq))) {
                EventsClient.Event next = events.await("message");
                assertThat(next.json().get("seq").asLong()).isEqualTo(oneSeq + 1);
                EventsClient.Event fromAlice = events.await(e -> e.name().equals("message")
                        && e.json().get("direction").asText().equals("to-bot"));
                assertThat(fromAlice.json().get("message").get("body").asText()).isEqualTo("two");
            }
            try (EventsClient events = new EventsClient(stage.emulator, "?after=0", null)) {
                assertThat(events.await("message").json().get("message").get("type").asText())
                        .isEqualTo("start-chatting");
            }
        }
    }

    @Test
    void aDeliveryIsAnUpdateEventOfItsChat() throws Exception {
        try (RecordingServer webhook = new RecordingServer();
                Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, webhook.url() + "/incoming"))
                        .user("alice");
                EventsClient events = new EventsClient(stage.emulator, "", null)) {
            events.await("ready");
            String chat = stage.chat("alice");

            assertThat(events.await("update").json().get("chatId").asText()).isEqualTo(chat);
        }
    }

    @Test
    void aRefusedSendIsARefusalEventNamingTheChatAndTheReason() throws Exception {
        try (Stage stage = Stage.start().user("alice");
                EventsClient events = new EventsClient(stage.emulator, "", null)) {
            events.await("ready");
            String chat = stage.chat("alice");
            Http.Answer refused = stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"chatId\":\""
                    + chat + "\"}]}");
            assertThat(refused.status()).isEqualTo(400);

            JsonNode refusal = events.await("refusal").json();

            assertThat(refusal.get("status").asInt()).isEqualTo(400);
            assertThat(refusal.get("message").asText()).isEqualTo(refused.json().get("message").asText());
            assertThat(refusal.get("chatIds")).extracting(JsonNode::asText).containsExactly(chat);
        }
    }

    @Test
    void aResetIsAResetEventAndTheStreamGoesOn() throws Exception {
        try (Stage stage = Stage.start().user("alice");
                EventsClient events = new EventsClient(stage.emulator, "", null)) {
            events.await("ready");
            stage.chat("alice");
            events.await("message");

            assertThat(stage.control.post(Stage.CONTROL + "/reset", "{}").status()).isEqualTo(200);
            events.await("reset");
            stage.user("bob");
            String chat = stage.chat("bob");

            assertThat(events.await("message").json().get("chatId").asText()).isEqualTo(chat);
        }
    }

    @Test
    void aNegativeAfterIsRefusedBeforeTheStreamStarts() {
        try (Stage stage = Stage.start()) {
            Http.Answer answer = stage.control.get(Stage.CONTROL + "/events?after=-1");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("message").asText()).startsWith("after:");
        }
    }
}
