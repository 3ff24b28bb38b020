package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.RecordingServer;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A user who writes to a bot with no webhook hears "I'm still getting set up" from the platform, once. */
class SettingUpTest {

    private final RecordingServer webhook = new RecordingServer();
    private final Stage stage = Stage.start().user("alice");
    private final String chat = stage.chat("alice");

    SettingUpTest() throws Exception {
    }

    @AfterEach
    void close() {
        stage.close();
        webhook.close();
    }

    private List<JsonNode> notices() {
        return StreamSupport.stream(stage.messages(chat).spliterator(), false)
                .filter(m -> m.path("byPlatform").asBoolean()).toList();
    }

    @Test
    void thePlatformAnswersOncePerChatInTheBotsName() {
        stage.say(chat, "alice", "hello?");
        stage.say(chat, "alice", "anyone?");

        List<JsonNode> notices = notices();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("direction").asText()).isEqualTo("from-bot");
        JsonNode text = notices.get(0).get("message");
        assertThat(text.get("type").asText()).isEqualTo("text");
        assertThat(text.get("to").asText()).isEqualTo("alice");
        assertThat(text.get("body").asText()).isEqualTo("I'm still getting set up, check back soon!");
    }

    @Test
    void aBotWithAWebhookIsNotCoveredFor() {
        assertThat(stage.bot.post("/v1/config", "{\"webhook\":\"" + webhook.url() + "/in\",\"features\":{}}")
                .status()).isEqualTo(200);

        stage.say(chat, "alice", "hello?");

        assertThat(notices()).isEmpty();
    }

    @Test
    void aBotThatLosesItsWebhookAgainIsCoveredForAgain() {
        stage.say(chat, "alice", "hello?");
        stage.bot.post("/v1/config", "{\"webhook\":\"" + webhook.url() + "/in\",\"features\":{}}");
        stage.bot.post("/v1/config", "{\"features\":{}}");

        stage.say(chat, "alice", "back?");

        assertThat(notices()).hasSize(2);
    }
}
