package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.LogCapture;
import dev.kikbot.api.RecordingScheduler;
import dev.kikbot.api.RecordingServer;
import dev.kikbot.emulator.delivery.WebhookDelivery;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was accepted survives a restart on the same file: the outbox is delivered after it. */
class RestartTest {

    @TempDir
    Path dir;

    @Test
    void messagesNotDeliveredBeforeAStopAreDeliveredAfterTheRestart() throws Exception {
        Path db = dir.resolve("emulator.db");
        String nowhere;
        try (RecordingServer gone = new RecordingServer()) {
            nowhere = gone.url() + "/incoming";
        }
        RecordingScheduler never = new RecordingScheduler();
        never.hold(); // the bot is down and stays down until the restart
        String chat;
        try (LogCapture log = LogCapture.of(WebhookDelivery.class.getName(), Level.WARN);
                Stage first = new Stage(Emulator.builder().database(db).bot(Stage.BOT, Stage.KEY, nowhere)
                        .deliveryScheduler(never))) {
            chat = first.user("alice").chat("alice");
            first.say(chat, "alice", "one");
            first.say(chat, "alice", "two");
            never.awaitDelays(1, Duration.ofSeconds(10)); // the retry is asked for after the failure is logged
            assertThat(log.warnings()).singleElement().asString().contains("connection refused");
            assertThat(first.messages(chat)).allMatch(m -> m.get("delivery").get("state").asText().equals("pending"));
        } finally {
            never.shutdownNow();
        }

        try (RecordingServer webhook = new RecordingServer();
                Stage second = new Stage(Emulator.builder().database(db)
                        .bot(Stage.BOT, Stage.KEY, webhook.url() + "/incoming"))) {
            List<JsonNode> delivered = awaitBodies(webhook, 3);

            assertThat(delivered).extracting(m -> m.get("type").asText() + ":" + m.path("body").asText())
                    .containsExactly("start-chatting:", "text:one", "text:two");
            assertThat(second.messages(chat)).hasSize(3);
        }
    }

    private static List<JsonNode> awaitBodies(RecordingServer webhook, int count) throws InterruptedException {
        for (int requests = 1; ; requests++) {
            List<JsonNode> messages = WebhookDeliveryTest.delivered(webhook.awaitRequests(requests,
                    Duration.ofSeconds(10)));
            if (messages.size() >= count) {
                return messages;
            }
        }
    }
}
