package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Bot API answers only its bots: HTTP Basic with the bot's username and API key, else 401 in JSON. */
class AuthTest {

    private final Stage stage = Stage.start();

    @AfterEach
    void close() {
        stage.close();
    }

    @Test
    void theRightKeyIsLetIn() {
        assertThat(stage.bot.get("/v1/config").status()).isEqualTo(200);
    }

    @Test
    void noCredentialsAre401InKiksShape() {
        Http.Answer answer = stage.control.get("/v1/config");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("Unauthorized");
        assertThat(answer.json().get("message").asText()).contains("Basic auth");
    }

    @Test
    void aWrongKeyOrUnknownBotIs401() {
        assertThat(stage.control.as(Stage.BOT, "not-the-key").post("/v1/message", "{\"messages\":[]}").status())
                .isEqualTo(401);
        assertThat(stage.control.as("nobot", Stage.KEY).get("/v1/config").status()).isEqualTo(401);
    }

    @Test
    void aMalformedHeaderIs401NotA500() {
        assertThat(stage.control.withAuthorization("Basic %%%").get("/v1/config").status()).isEqualTo(401);
        assertThat(stage.control.withAuthorization("Basic bm9jb2xvbg==").get("/v1/config").status()).isEqualTo(401);
        assertThat(stage.control.withAuthorization("Bearer x").get("/v1/config").status()).isEqualTo(401);
    }
}
