package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.LogCapture;
import dev.kikbot.api.RecordingScheduler;
import dev.kikbot.api.RecordingServer;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.emulator.delivery.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery to the bot's webhook: signed as Kik signed, shaped as Kik's example, retried with backoff until
 * the bot takes it, in order within a chat, and every attempt recorded.
 */
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RecordingServer webhook = new RecordingServer();
    private final RecordingScheduler retries = new RecordingScheduler();

    WebhookDeliveryTest() throws Exception {
    }

    @AfterEach
    void close() {
        webhook.close();
        retries.shutdownNow();
    }

    private Stage stage() {
        return new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, webhook.url() + "/incoming")
                .deliveryScheduler(retries).deliveryBackoff(Duration.ofMillis(500), Duration.ofSeconds(4)));
    }

    @Test
    void theBotGetsStartChattingThenTheMessageSignedWithItsKey() throws Exception {
        try (Stage stage = stage()) {
            String chat = stage.user("laura").chat("laura");
            stage.say(chat, "laura", "omg r u real? é☃");

            List<RecordingServer.Request> requests = awaitMessages(2);

            RecordingServer.Request first = requests.get(0);
            assertThat(first.method()).isEqualTo("POST");
            assertThat(first.path()).isEqualTo("/incoming");
            assertThat(first.header("Content-Type")).isEqualTo("application/json");
            assertThat(first.header("X-Kik-Username")).isEqualTo(Stage.BOT);
            for (RecordingServer.Request request : requests) {
                assertThat(request.header("X-Kik-Signature"))
                        .isEqualTo(hmacSha1UpperHex(Stage.KEY, request.body().getBytes(StandardCharsets.UTF_8)));
            }
            List<JsonNode> messages = delivered(requests);
            assertThat(messages.get(0).get("type").asText()).isEqualTo("start-chatting");
            assertThat(messages.get(1).get("body").asText()).isEqualTo("omg r u real? é☃");
        }
    }

    @Test
    void theWebhookJsonHasTheFieldsOfKiksExampleInItsOrder() throws Exception {
        try (Stage stage = stage()) {
            String chat = stage.user("laura").chat("laura");
            JsonNode said = stage.say(chat, "laura", "omg r u real?");

            JsonNode text = delivered(awaitMessages(2)).get(1);

            assertThat(text).isEqualTo(said);
            assertThat(fieldNames(text)).containsExactly("chatId", "id", "type", "from", "participants", "body",
                    "timestamp", "readReceiptRequested", "mention", "metadata", "chatType");
        }
    }

    @Test
    void aBotThatAnswers500IsRetriedWithBackoffUntilItTakesTheMessages() throws Exception {
        webhook.answer(Answer.status(500, "down"), Answer.status(503, "still down"));
        try (LogCapture log = LogCapture.of(WebhookDelivery.class.getName(), Level.WARN); Stage stage = stage()) {
            String chat = stage.user("alice").chat("alice");

            List<RecordingServer.Request> requests = webhook.awaitRequests(3, WAIT);

            assertThat(requests.get(2).body()).isEqualTo(requests.get(0).body());
            assertThat(retries.awaitDelays(2, WAIT)).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
            JsonNode attempts = awaitAttempts(stage, 3);
            assertThat(attempts.get(0).get("status").asInt()).isEqualTo(500);
            assertThat(attempts.get(0).get("error").asText()).contains("500");
            assertThat(attempts.get(2).get("status").asInt()).isEqualTo(200);
            assertThat(attempts.get(2).get("error").isNull()).isTrue();
            assertThat(attempts.get(2).get("latencyMs").asLong()).isNotNegative();
            assertThat(stage.messages(chat).get(0).get("delivery").get("attempts").asInt()).isEqualTo(3);
            assertThat(log.warnings()).hasSize(1).allMatch(line -> line.contains("answered 500"));
        }
    }

    @Test
    void aBotThatIsNotListeningIsRetriedAndTheRefusalRecorded() throws Exception {
        String nowhere;
        try (RecordingServer gone = new RecordingServer()) {
            nowhere = gone.url() + "/incoming";
        }
        retries.hold();
        try (LogCapture log = LogCapture.of(WebhookDelivery.class.getName(), Level.WARN);
                Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, nowhere)
                        .deliveryScheduler(retries))) {
            stage.user("alice").chat("alice");

            JsonNode attempts = awaitAttempts(stage, 1);

            assertThat(attempts.get(0).get("status").isNull()).isTrue();
            assertThat(attempts.get(0).get("error").asText()).isNotEmpty();
            assertThat(retries.awaitDelays(1, WAIT)).hasSize(1);
            assertThat(log.warnings()).hasSize(1);
        }
    }

    @Test
    void messagesOfAChatArriveInTheOrderTheUserSentThem() throws Exception {
        webhook.hold();
        try (Stage stage = stage()) {
            String chat = stage.user("alice").chat("alice");
            webhook.awaitRequests(1, WAIT); // start-chatting, held: the next messages queue up behind it
            for (int i = 0; i < 10; i++) {
                stage.say(chat, "alice", "m" + i);
            }
            webhook.release();

            List<JsonNode> messages = delivered(awaitMessages(11));

            assertThat(messages.stream().skip(1).map(m -> m.get("body").asText()))
                    .containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9");
        }
    }

    @Test
    void aBotWithoutWebhookKeepsItsMessagesUntilItSetsOne() throws Exception {
        try (Stage stage = Stage.start()) {
            String chat = stage.user("alice").chat("alice");
            stage.say(chat, "alice", "anyone?");
            assertThat(webhook.requests()).isEmpty();

            stage.bot.post("/v1/config", "{\"webhook\":\"" + webhook.url() + "/in\",\"features\":{}}");

            assertThat(delivered(awaitMessages(2)).get(1).get("body").asText()).isEqualTo("anyone?");
        }
    }

    @Test
    void typingReachesOnlyBotsThatAskedForIt() throws Exception {
        try (Stage stage = stage()) {
            String chat = stage.user("alice").chat("alice");
            stage.control.post(Stage.CONTROL + "/chats/" + chat + "/messages",
                    "{\"from\":\"alice\",\"type\":\"is-typing\",\"isTyping\":true}");
            stage.say(chat, "alice", "done typing");

            List<JsonNode> messages = delivered(awaitMessages(2));

            assertThat(messages).extracting(m -> m.get("type").asText()).containsExactly("start-chatting", "text");
        }
    }

    @Test
    void receiptsReachTheWebhookOfABotThatAskedForThemSignedLikeEveryMessage() throws Exception {
        try (Stage stage = stage()) {
            assertThat(stage.bot.post("/v1/config", "{\"webhook\":\"" + webhook.url() + "/incoming\",\"features\":"
                    + "{\"receiveDeliveryReceipts\":true,\"receiveReadReceipts\":true}}").status()).isEqualTo(200);
            String chat = stage.user("laura").chat("laura");
            assertThat(stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"laura\",\"id\":\"m1\","
                    + "\"body\":\"hello\"}]}").status()).isEqualTo(200);
            assertThat(stage.control.post(Stage.CONTROL + "/chats/" + chat + "/reads",
                    "{\"user\":\"laura\",\"messageIds\":[\"m1\"]}").status()).isEqualTo(201);

            List<RecordingServer.Request> requests = awaitMessages(3);

            for (RecordingServer.Request request : requests) {
                assertThat(request.header("X-Kik-Signature"))
                        .isEqualTo(hmacSha1UpperHex(Stage.KEY, request.body().getBytes(StandardCharsets.UTF_8)));
            }
            List<JsonNode> messages = delivered(requests);
            assertThat(messages).extracting(m -> m.get("type").asText())
                    .containsExactly("start-chatting", "delivery-receipt", "read-receipt");
            for (JsonNode receipt : messages.subList(1, 3)) {
                assertThat(receipt.get("from").asText()).isEqualTo("laura");
                assertThat(receipt.get("chatId").asText()).isEqualTo(chat);
                assertThat(receipt.get("messageIds")).extracting(JsonNode::asText).containsExactly("m1");
            }
        }
    }

    private List<RecordingServer.Request> awaitMessages(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<RecordingServer.Request> requests = webhook.requests();
            if (delivered(requests).size() >= count) {
                return requests;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " messages, got " + requests);
            }
            webhook.awaitRequests(requests.size() + 1, WAIT);
        }
    }

    static List<JsonNode> delivered(List<RecordingServer.Request> requests) {
        return requests.stream().filter(r -> r.header("X-Kik-Signature") != null).flatMap(r -> {
            try {
                JsonNode body = Http.JSON.readTree(r.body());
                return java.util.stream.StreamSupport.stream(body.get("messages").spliterator(), false);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    static JsonNode awaitAttempts(Stage stage, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode attempts = stage.control.get(Stage.CONTROL + "/bots/" + Stage.BOT + "/deliveries").json()
                    .get("deliveries");
            if (attempts.size() >= count) {
                return attempts;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " attempts, got " + attempts);
            }
            Thread.onSpinWait();
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** An HMAC-SHA1 written here from the JDK, not kik-api's signer, so the two check each other. */
    static String hmacSha1UpperHex(String key, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return HexFormat.of().withUpperCase().formatHex(mac.doFinal(body));
    }
}
