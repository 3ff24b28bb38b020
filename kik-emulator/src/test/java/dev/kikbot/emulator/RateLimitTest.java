package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.messages;
import static dev.kikbot.emulator.SendMessageTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Kik's rate limits: a budget of messages per (bot, user) that the user's own messages refill, and a limit
 * per second per bot; both 429 {@code TooManyRequests}, with {@code Retry-After} only where waiting helps.
 */
class RateLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00.250Z"));

    @Test
    void theTwentyFirstMessageToAUserWaitsForTheUserToWriteBack() {
        try (Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, null).clock(clock)
                .rateLimits(new RateLimits(20, 0)))) {
            String chat = stage.user("alice").chat("alice");
            for (int i = 0; i < 4; i++) {
                assertThat(stage.send(messages(5, n -> "alice")).status()).isEqualTo(200);
            }

            Http.Answer refused = stage.send(text("alice", "one too many"));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("error").asText()).isEqualTo("TooManyRequests");
            assertThat(refused.json().get("message").asText()).contains("messages[0].to").contains("'alice'");
            assertThat(refused.header("Retry-After")).as("waiting does not help").isEmpty();

            stage.say(chat, "alice", "still here");
            assertThat(stage.send(text("alice", "thanks")).status()).isEqualTo(200);
            assertThat(stage.send(text("alice", "and again")).status()).isEqualTo(429);
        }
    }

    @Test
    void aRefusedRequestCostsNothing() {
        try (Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, null).clock(clock)
                .rateLimits(new RateLimits(5, 0)))) {
            stage.user("alice").chat("alice");
            assertThat(stage.send(messages(6, n -> "alice")).status()).isEqualTo(400);
            assertThat(stage.send(text("nobody", "x")).status()).isEqualTo(400);

            assertThat(stage.send(messages(5, n -> "alice")).status()).isEqualTo(200);
        }
    }

    @Test
    void thePerSecondLimitSaysWhenToRetry() {
        try (Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, null).clock(clock)
                .rateLimits(new RateLimits(0, 3)))) {
            stage.user("alice").user("bob").chat("alice");
            stage.chat("bob");
            assertThat(stage.send(messages(2, n -> "alice")).status()).isEqualTo(200);

            Http.Answer refused = stage.send(messages(2, n -> "bob"));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).contains("1");
            clock.advance(Duration.ofMillis(750));
            assertThat(stage.send(messages(2, n -> "bob")).status()).isEqualTo(200);
        }
    }

    @Test
    void limitsSwitchedOffLetEverythingThrough() {
        try (Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, null).clock(clock)
                .rateLimits(RateLimits.off()))) {
            stage.user("alice").chat("alice");
            for (int i = 0; i < 10; i++) {
                assertThat(stage.send(messages(5, n -> "alice")).status()).isEqualTo(200);
            }
        }
    }
}
