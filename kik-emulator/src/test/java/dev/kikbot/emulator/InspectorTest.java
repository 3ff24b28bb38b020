package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ch.qos.logback.classic.Level;
import dev.kikbot.api.LogCapture;
import dev.kikbot.api.RecordingScheduler;
import dev.kikbot.api.RecordingServer;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.emulator.delivery.WebhookDelivery;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the web page's inspector shows: each webhook request exactly as sent and the bot's answer to it, the
 * bot's Bot API call behind each of its messages, the CoreMessage as JSON and hex, and the sends the emulator
 * refused, with their reasons and the chats they concerned.
 */
class InspectorTest {

    private static final String BASE = Stage.CONTROL;

    @Test
    void theWebhookRequestIsRecordedExactlyAsTheBotReceivedIt() throws Exception {
        try (RecordingServer webhook = new RecordingServer();
                Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, webhook.url() + "/incoming"))
                        .user("alice");
                EventsClient events = new EventsClient(stage.emulator, "", null)) {
            events.await("ready");
            String chat = stage.chat("alice");
            events.await("update"); // start-chatting's attempt is recorded
            stage.say(chat, "alice", "hé ☃ \\\"quoted\\\"");
            events.await("update");

            List<RecordingServer.Request> received = webhook.requests();
            JsonNode said = stage.messages(chat).get(1);
            JsonNode inspection = inspect(stage, chat, said.get("seq").asLong());

            assertThat(inspection.get("direction").asText()).isEqualTo("to-bot");
            JsonNode attempt = inspection.get("webhookRequests").get(0);
            RecordingServer.Request request = received.get(received.size() - 1);
            assertThat(attempt.get("body").asText()).isEqualTo(request.body());
            assertThat(attempt.get("url").asText()).isEqualTo(webhook.url() + "/incoming");
            assertThat(attempt.get("headers").get("X-Kik-Signature").asText())
                    .isEqualTo(request.header("X-Kik-Signature"));
            assertThat(attempt.get("headers").get("X-Kik-Username").asText()).isEqualTo(Stage.BOT);
            assertThat(attempt.get("headers").get("Content-Type").asText()).isEqualTo(request.header("Content-Type"));
            assertThat(attempt.get("status").asInt()).isEqualTo(200);
            assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
            assertThat(attempt.get("latencyMs").asLong()).isNotNegative();
            assertThat(inspection.get("apiCall").isNull()).isTrue();
            assertThat(inspection.get("coreMessageHex").isNull()).isTrue();
        }
    }

    @Test
    void eachAttemptOfARetriedDeliveryIsListedWithTheBotsAnswer() throws Exception {
        RecordingScheduler retries = new RecordingScheduler();
        try (LogCapture log = LogCapture.of(WebhookDelivery.class.getName(), Level.WARN);
                RecordingServer webhook = new RecordingServer();
                Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, webhook.url() + "/incoming")
                        .deliveryScheduler(retries).deliveryBackoff(Duration.ofMillis(10), Duration.ofMillis(10)))
                        .user("alice");
                EventsClient events = new EventsClient(stage.emulator, "", null)) {
            webhook.answer(Answer.status(503, "busy"));
            events.await("ready");
            String chat = stage.chat("alice");
            events.await("update"); // refused with 503
            events.await("update"); // taken on the retry

            JsonNode attempts = inspect(stage, chat, stage.messages(chat).get(0).get("seq").asLong())
                    .get("webhookRequests");

            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(1);
            assertThat(attempts.get(0).get("status").asInt()).isEqualTo(503);
            assertThat(attempts.get(0).get("error").asText()).isEqualTo("the bot answered 503");
            assertThat(attempts.get(1).get("attempt").asInt()).isEqualTo(2);
            assertThat(attempts.get(1).get("status").asInt()).isEqualTo(200);
            assertThat(attempts.get(1).get("error").isNull()).isTrue();
            assertThat(attempts.get(1).get("body").asText()).isEqualTo(attempts.get(0).get("body").asText());
            assertThat(log.warnings()).hasSize(1);
        } finally {
            retries.shutdownNow();
        }
    }

    @Test
    void aBotMessageShowsTheCallThatCarriedItAndItsCoreMessage() {
        try (Stage stage = Stage.start().user("alice")) {
            String chat = stage.chat("alice");
            String body = "{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"chatId\":\"" + chat + "\",\"body\":\"hi\","
                    + "\"keyboards\":[{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"yes\"}]}]}]}";
            assertThat(stage.send(body).status()).isEqualTo(200);
            JsonNode sent = stage.messages(chat).get(1);

            JsonNode inspection = inspect(stage, chat, sent.get("seq").asLong());

            assertThat(inspection.get("direction").asText()).isEqualTo("from-bot");
            assertThat(inspection.get("apiCall").get("path").asText()).isEqualTo("/v1/message");
            assertThat(inspection.get("apiCall").get("status").asInt()).isEqualTo(200);
            assertThat(inspection.get("apiCall").get("body").asText()).isEqualTo(body);
            assertThat(inspection.get("coreMessage")).isEqualTo(sent.get("coreMessage"));
            assertThat(inspection.get("coreMessage").has("keyboardAttachment")).isTrue();
            String hex = inspection.get("coreMessageHex").asText();
            assertThat(hex).matches("([0-9a-f]{2})+");
            assertThat(HexFormat.of().parseHex(hex)).isNotEmpty();
            assertThat(inspection.get("webhookRequests")).isEmpty();
        }
    }

    @Test
    void aRefusedSendIsRecordedWithItsErrorItsBodyAndItsChat() {
        try (Stage stage = Stage.start().user("alice")) {
            String chat = stage.chat("alice");
            String body = "{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"body\":\"" + "x".repeat(10) + "\","
                    + "\"keyboards\":[{\"type\":\"suggested\",\"responses\":[]}]}]}";
            Http.Answer refused = stage.send(body);
            assertThat(refused.status()).isEqualTo(400);

            JsonNode refusals = stage.control.get(BASE + "/refusals?chat=" + chat).json().get("refusals");

            assertThat(refusals).hasSize(1);
            JsonNode refusal = refusals.get(0);
            assertThat(refusal.get("status").asInt()).isEqualTo(400);
            assertThat(refusal.get("error").asText()).isEqualTo("BadRequest");
            assertThat(refusal.get("message").asText()).isEqualTo(refused.json().get("message").asText());
            assertThat(refusal.get("requestBody").asText()).isEqualTo(body);
            assertThat(refusal.get("bot").asText()).isEqualTo(Stage.BOT);
            assertThat(refusal.get("path").asText()).isEqualTo("/v1/message");
            assertThat(refusal.get("afterSeq").asLong()).isEqualTo(stage.messages(chat).get(0).get("seq").asLong());
            assertThat(refusal.get("chatIds")).extracting(JsonNode::asText).containsExactly(chat);
        }
    }

    @Test
    void aWrongKeyForAnExistingBotIsARefusalToo() {
        try (Stage stage = Stage.start().user("alice")) {
            stage.chat("alice");
            Http.Answer refused = stage.control.as(Stage.BOT, "not-the-key").post("/v1/message", "{\"messages\":[]}");
            assertThat(refused.status()).isEqualTo(401);

            JsonNode refusals = stage.control.get(BASE + "/refusals?bot=" + Stage.BOT).json().get("refusals");

            assertThat(refusals).hasSize(1);
            assertThat(refusals.get(0).get("status").asInt()).isEqualTo(401);
            assertThat(refusals.get(0).get("requestBody").asText()).isEqualTo("{\"messages\":[]}");
            assertThat(stage.control.as("nobody", "x").post("/v1/message", "{}").status()).isEqualTo(401);
            assertThat(stage.control.get(BASE + "/refusals").json().get("refusals")).hasSize(1);
        }
    }

    @Test
    void theCodesAndConfigurationOfABot() {
        try (Stage stage = Stage.start()) {
            String id = stage.bot.post("/v1/code", "{\"data\":\"hello\"}").json().get("id").asText();
            stage.bot.post("/v1/config", "{\"webhook\":\"http://127.0.0.1:9/x\",\"features\":{\"receiveIsTyping\":true}}");

            JsonNode codes = stage.control.get(BASE + "/bots/" + Stage.BOT + "/codes").json().get("codes");
            JsonNode config = stage.control.get(BASE + "/bots/" + Stage.BOT + "/configuration").json();

            assertThat(codes).hasSize(1);
            assertThat(codes.get(0).get("id").asText()).isEqualTo(id);
            assertThat(codes.get(0).get("data").asText()).isEqualTo("hello");
            assertThat(config.get("features").get("receiveIsTyping").asBoolean()).isTrue();
            assertThat(stage.control.get(BASE + "/bots/nobody/codes").status()).isEqualTo(404);
        }
    }

    @Test
    void startChattingAgainReachesTheBotInADirectChatOnly() {
        try (Stage stage = Stage.start().user("alice").user("bob")) {
            String chat = stage.chat("alice");

            Http.Answer again = stage.control.post(BASE + "/chats/" + chat + "/start-chatting", "{\"from\":\"alice\"}");
            Http.Answer stranger = stage.control.post(BASE + "/chats/" + chat + "/start-chatting", "{\"from\":\"bob\"}");
            String group = stage.control.post(BASE + "/chats", "{\"bot\":\"" + Stage.BOT
                    + "\",\"users\":[\"alice\",\"bob\"],\"chatType\":\"private\"}").json().get("chatId").asText();
            Http.Answer inGroup = stage.control.post(BASE + "/chats/" + group + "/start-chatting", "{\"from\":\"alice\"}");

            assertThat(again.status()).isEqualTo(201);
            assertThat(again.json().get("message").get("type").asText()).isEqualTo("start-chatting");
            assertThat(stage.messages(chat)).hasSize(2);
            assertThat(stranger.status()).isEqualTo(400);
            assertThat(stranger.json().get("message").asText()).startsWith("from:");
            assertThat(inGroup.status()).isEqualTo(400);
            assertThat(inGroup.json().get("message").asText()).startsWith("chatId:");
        }
    }

    @Test
    void badInspectionRequestsAre4xxNamingTheField() {
        try (Stage stage = Stage.start().user("alice")) {
            String chat = stage.chat("alice");

            Http.Answer notNumber = stage.control.get(BASE + "/chats/" + chat + "/messages/abc/inspection");
            Http.Answer missing = stage.control.get(BASE + "/chats/" + chat + "/messages/999/inspection");
            Http.Answer badAfter = stage.control.get(BASE + "/refusals?after=x");

            assertThat(notNumber.status()).isEqualTo(400);
            assertThat(notNumber.json().get("message").asText()).startsWith("seq:");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(badAfter.status()).isEqualTo(400);
            assertThat(badAfter.json().get("message").asText()).startsWith("after:");
        }
    }

    private static JsonNode inspect(Stage stage, String chat, long seq) {
        Http.Answer answer = stage.control.get(BASE + "/chats/" + chat + "/messages/" + seq + "/inspection");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }
}
