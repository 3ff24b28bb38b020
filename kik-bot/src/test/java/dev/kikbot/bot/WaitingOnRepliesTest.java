package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.Wire;
import dev.kikbot.bot.Harness.Transport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A handler may block on its own reply: waiting sends the held replies instead of waiting for itself. */
class WaitingOnRepliesTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aHandlerThatJoinsItsReplyGetsItsOutcome(Transport transport) throws Exception {
        List<String> outcomes = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.maxReplyDelay(Duration.ZERO).onText((m, ctx) -> {
            ctx.reply("got " + m.body().orElse("")).join();
            outcomes.add("sent " + m.body().orElse(""));
        }))) {
            assertThat(h.post(envelope(text("laura", "a"), text("aleem", "b"))).statusCode()).isEqualTo(200);
            assertThat(outcomes).containsExactly("sent a", "sent b");
            assertThat(h.api.requests()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void waitingOnADerivedStageOrWithATimeoutSendsTooAndOthersStayBatched(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.maxReplyDelay(Duration.ZERO).onText((m, ctx) -> {
            if (m.body().orElse("").equals("wait")) {
                ctx.reply("first").thenApply(sent -> "then").get(10, TimeUnit.SECONDS);
                ctx.reply("second").get(10, TimeUnit.SECONDS);
            } else {
                ctx.reply("batched " + m.body().orElse(""));
            }
        }))) {
            assertThat(h.post(envelope(text("laura", "x"), text("aleem", "y"), text("bob", "wait"))).statusCode())
                    .isEqualTo(200);
            assertThat(h.api.requests()).extracting(r -> Wire.tree(r.body()).findValuesAsText("body"))
                    .containsExactly(List.of("batched x", "batched y", "first"), List.of("second"));
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void waitingOnAPlainFutureMadeFromRepliesEndsAfterTheReplyDelay(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.maxReplyDelay(Duration.ofMillis(20)).onText((m, ctx) ->
                CompletableFuture.allOf(ctx.reply("one"), ctx.reply("two")).get(10, TimeUnit.SECONDS)))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
            assertThat(Wire.tree(h.api.requests().get(0).body()).findValuesAsText("body")).containsExactly("one", "two");
            assertThat(h.logs.warnings()).isEmpty();
        }
    }
}
