package dev.kikbot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.Features;
import dev.kikbot.api.KikApiException;
import dev.kikbot.api.KikValidationException;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.RecordingServer.Request;
import dev.kikbot.api.User;
import dev.kikbot.api.Wire;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.bot.Harness.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bot's calls beyond the webhook: send, broadcast, configuration, cached profiles (spec §10.2). */
class BotApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String PROFILE = "{\"firstName\":\"Laura\",\"lastName\":\"P\",\"timezone\":\"America/Toronto\"}";

    private static Harness harness(java.util.function.UnaryOperator<BotBuilder> configure) {
        return new Harness(Transport.JDK_SERVER, configure);
    }

    @Test
    void broadcastsAreSentProperly() throws Exception {
        try (Harness h = harness(b -> b)) {
            h.bot.broadcast(List.of(TextMessage.builder().body("Sale!").build()), List.of("laura")).get(10, TimeUnit.SECONDS);
            Request request = h.api.requests().get(0);
            assertThat(request.path()).isEqualTo("/v1/broadcast");
            Wire.assertSameJson(request.body(), "{\"messages\":[{\"type\":\"text\",\"to\":\"laura\",\"body\":\"Sale!\"}]}");
        }
    }

    @Test
    void broadcastsAreSentInBatchesOfAHundred() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            users.add("user" + i);
        }
        try (Harness h = harness(b -> b)) {
            h.bot.broadcast(List.of(TextMessage.builder().body("one").build(), TextMessage.builder().body("two").build()),
                    users).get(10, TimeUnit.SECONDS);
            assertThat(h.api.requests()).extracting(r -> Wire.tree(r.body()).get("messages").size())
                    .containsExactly(100, 2);
            assertThat(Wire.tree(h.api.requests().get(0).body()).get("messages").get(1).get("to").asText())
                    .isEqualTo("user0");
        }
    }

    @Test
    void broadcastNeedsValidRecipients() {
        try (Harness h = harness(b -> b)) {
            List<Message> hi = List.of(TextMessage.builder().body("hi").build());
            assertThat(h.bot.broadcast(hi, List.of())).failsWithin(WAIT)
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(IllegalArgumentException.class)
                    .withMessageContaining("You must specify a recipient to send a message");
            assertThat(h.bot.broadcast(java.util.Arrays.asList(hi.get(0), null), List.of("laura"))).failsWithin(WAIT)
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(KikValidationException.class).withMessageContaining("must not be null");
            assertThat(h.bot.send(java.util.Arrays.asList(TextMessage.builder().to("laura").body("x").build(), null)))
                    .failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(KikValidationException.class).withMessageContaining("must not be null");
            assertThat(h.logs.warnings()).as("each failed send is logged once").hasSize(3);
            assertThatThrownBy(() -> h.bot.broadcast(hi, List.of("invalid here")).join())
                    .hasCauseInstanceOf(KikValidationException.class);
            assertThat(h.api.requests()).isEmpty();
        }
    }

    @Test
    void sendGoesThroughTheHooksAndNeedsValidRecipients() throws Exception {
        try (Harness h = harness(b -> b.outgoing(m -> Optional.of(((TextMessage) m).toBuilder().body("[bot] "
                + ((TextMessage) m).body().orElse("")).build())))) {
            h.bot.send(TextMessage.builder().to("laura").body("news").build()).get(10, TimeUnit.SECONDS);
            Wire.assertSameJson(h.api.requests().get(0).body(),
                    "{\"messages\":[{\"type\":\"text\",\"to\":\"laura\",\"body\":\"[bot] news\"}]}");
            assertThatThrownBy(() -> h.bot.send(TextMessage.builder().body("nobody").build()).join())
                    .hasCauseInstanceOf(KikValidationException.class);
            assertThatThrownBy(() -> h.bot.send(TextMessage.builder().to("r").body("x").build()).join())
                    .hasCauseInstanceOf(KikValidationException.class).hasMessageContaining("'r' is not a valid username");
            assertThat(h.api.requests()).hasSize(1);
        }
    }

    @Test
    void updateConfigurationRegistersTheWebhookAllFourFlagsAndTheStaticKeyboard() {
        try (Harness h = harness(b -> b.baseUrl("http://foo.bar/").incomingPath("/inc")
                .staticKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("Help"))))) {
            assertThat(h.bot.configuration().webhook()).contains("http://foo.bar/inc");
        }
        try (Harness h = harness(b -> b.incomingPath("/inc").baseUrl("http://foo.bar")
                .features(Features.builder().manuallySendReadReceipts(true).receiveReadReceipts(false)
                        .receiveDeliveryReceipts(true).receiveIsTyping(false).build())
                .staticKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("Help"))))) {
            String expected = "{\"webhook\":\"http://foo.bar/inc\",\"features\":{\"manuallySendReadReceipts\":true,"
                    + "\"receiveReadReceipts\":false,\"receiveDeliveryReceipts\":true,\"receiveIsTyping\":false},"
                    + "\"staticKeyboard\":{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"Help\"}]}}";
            h.api.answer(Answer.ok(expected));
            assertThat(h.bot.updateConfiguration().webhook()).contains("http://foo.bar/inc");
            Request request = h.api.requests().get(0);
            assertThat(request.path()).isEqualTo("/v1/config");
            Wire.assertSameJson(request.body(), expected);
        }
    }

    @Test
    void theDefaultConfigurationHasAllFourFlagsOff() {
        try (Harness h = harness(b -> b.webhookUrl("https://example.com/incoming"))) {
            Wire.assertSameJson(h.bot.configuration().toJson(), "{\"webhook\":\"https://example.com/incoming\","
                    + "\"features\":{\"manuallySendReadReceipts\":false,\"receiveReadReceipts\":false,"
                    + "\"receiveDeliveryReceipts\":false,\"receiveIsTyping\":false}}");
        }
        try (Harness h = harness(b -> b)) {
            assertThatThrownBy(() -> h.bot.configuration()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void profilesAreCachedUntilTheyExpire() {
        MutableClock clock = new MutableClock();
        try (Harness h = harness(b -> b.userCache(10, Duration.ofMinutes(5)).clock(clock))) {
            h.api.always(Answer.ok(PROFILE));
            User first = h.bot.getUser("laura");
            assertThat(h.bot.getUser("Laura")).isEqualTo(first);
            assertThat(h.api.requests()).hasSize(1);
            clock.advance(Duration.ofMinutes(6));
            h.bot.getUser("laura");
            assertThat(h.api.requests()).hasSize(2);
        }
    }

    @Test
    void theCacheIsBoundedAndKeepsNoFailures() {
        try (Harness h = harness(b -> b.userCache(2, Duration.ofMinutes(5)))) {
            h.api.answer(Answer.status(404, "{\"error\":\"NotFound\"}"));
            h.api.always(Answer.ok(PROFILE));
            assertThatThrownBy(() -> h.bot.getUser("laura")).isInstanceOf(KikApiException.class);
            h.bot.getUser("laura");
            h.bot.getUser("aleem");
            h.bot.getUser("chris");
            h.bot.getUser("laura"); // evicted by aleem and chris
            assertThat(h.api.requests()).extracting(Request::path).containsExactly(
                    "/v1/user/laura", "/v1/user/laura", "/v1/user/aleem", "/v1/user/chris", "/v1/user/laura");
        }
    }

    @Test
    void constructionRejectsBadPaths() {
        dev.kikbot.api.KikApi kik = dev.kikbot.api.KikApi.builder("testbot", Harness.API_KEY).build();
        assertThatThrownBy(() -> Bot.builder(kik).incomingPath("incoming"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> Bot.builder(kik).incomingPath("/same").kikCodePath("/same").build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Bot.builder(kik).maxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
