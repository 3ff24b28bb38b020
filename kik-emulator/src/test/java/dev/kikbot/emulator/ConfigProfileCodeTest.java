package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /v1/config}, {@code /v1/user/{name}} and {@code /v1/code}, as the SDKs call them. */
class ConfigProfileCodeTest {

    private final Stage stage = Stage.start();

    @AfterEach
    void close() {
        stage.close();
    }

    @Test
    void aNewBotHasNoWebhookAndNoFeatures() {
        Http.Answer answer = stage.bot.get("/v1/config");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().has("webhook")).isFalse();
        assertThat(answer.json().get("features").size()).isZero();
    }

    @Test
    void theConfigurationIsStoredAndEchoedWithFlagsItDoesNotKnow() {
        String config = "{\"webhook\":\"http://127.0.0.1:9/incoming\",\"features\":{\"manuallySendReadReceipts\":"
                + "false,\"receiveIsTyping\":true,\"teleport\":true},\"staticKeyboard\":{\"type\":\"suggested\","
                + "\"responses\":[{\"type\":\"text\",\"body\":\"foo\"}]}}";

        Http.Answer set = stage.bot.post("/v1/config", config);

        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.json()).isEqualTo(stage.bot.get("/v1/config").json());
        assertThat(set.json().get("features").get("teleport").asBoolean()).isTrue();
        assertThat(set.json().get("staticKeyboard").get("responses").get(0).get("body").asText()).isEqualTo("foo");
        assertThat(stage.control.get(Stage.CONTROL + "/bots/" + Stage.BOT).json().get("webhook").asText())
                .isEqualTo("http://127.0.0.1:9/incoming");
    }

    @Test
    void aWebhookThatIsNotAnHttpUrlIsRefused() {
        assertRefused(stage.bot.post("/v1/config", "{\"webhook\":\"ftp://x/y\",\"features\":{}}"), "webhook:");
        assertRefused(stage.bot.post("/v1/config", "{\"webhook\":7}"), "webhook");
    }

    @Test
    void aProfileIsGivenOnlyForUsersWhoChattedWithTheBot() {
        stage.control.post(Stage.CONTROL + "/users", "{\"username\":\"laura\",\"firstName\":\"Laura\","
                + "\"lastName\":\"Palmer\",\"profilePicUrl\":\"http://pics/laura.jpg\",\"timezone\":\"America/Toronto\"}");
        assertThat(stage.bot.get("/v1/user/laura").status()).isEqualTo(404);
        assertThat(stage.bot.get("/v1/user/nobody").json().get("error").asText()).isEqualTo("NotFound");

        stage.chat("laura");
        Http.Answer profile = stage.bot.get("/v1/user/laura");

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("firstName").asText()).isEqualTo("Laura");
        assertThat(profile.json().get("lastName").asText()).isEqualTo("Palmer");
        assertThat(profile.json().get("profilePicUrl").asText()).isEqualTo("http://pics/laura.jpg");
        assertThat(profile.json().get("profilePicLastModified").isIntegralNumber()).isTrue();
        assertThat(profile.json().get("timezone").asText()).isEqualTo("America/Toronto");
    }

    @Test
    void aCodeIdIsFortyLowerCaseHex() {
        Http.Answer withData = stage.bot.post("/v1/code", "{\"data\":\"{\\\"store_id\\\": \\\"2538\\\"}\"}");
        Http.Answer without = stage.bot.post("/v1/code", "{}");

        assertThat(withData.status()).isEqualTo(200);
        assertThat(withData.json().get("id").asText()).matches("[0-9a-f]{40}");
        assertThat(without.json().get("id").asText()).matches("[0-9a-f]{40}").isNotEqualTo(withData.json().get("id").asText());
        assertRefused(stage.bot.post("/v1/code", "{\"data\":{\"not\":\"a string\"}}"), "data: must be a string");
    }
}
