package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikApiException;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.RecordingServer.Request;
import dev.kikbot.api.Wire;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.bot.Harness.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Replies, typing, read receipts, outgoing hooks and batching (spec §10.2 "Message routing", "Reply handling"). */
class RepliesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(Transport.class)
    void repliesToTheSenderInTheirChat(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> ctx.reply("Complete")))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
            Request sent = h.api.awaitRequests(1, WAIT).get(0);
            assertThat(sent.path()).isEqualTo("/v1/message");
            Wire.assertSameJson(sent.body(),
                    "{\"messages\":[{\"type\":\"text\",\"to\":\"laura\",\"chatId\":\"chat-laura\",\"body\":\"Complete\"}]}");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void ignoringAMessageStillAnswersTheRequest(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> ctx.ignore()))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
            assertThat(h.post(envelope(text("laura", "hi"))).body()).isEqualTo("OK");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void typingAndReadReceipts(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> {
            ctx.markRead();
            ctx.startTyping();
            ctx.stopTyping();
        }))) {
            h.post(envelope(text("laura", "hi")));
            Wire.assertSameJson(h.api.awaitRequests(1, WAIT).get(0).body(), "{\"messages\":["
                    + "{\"type\":\"read-receipt\",\"to\":\"laura\",\"chatId\":\"chat-laura\",\"messageIds\":[\"id-text-laura\"]},"
                    + "{\"type\":\"is-typing\",\"to\":\"laura\",\"chatId\":\"chat-laura\",\"isTyping\":true},"
                    + "{\"type\":\"is-typing\",\"to\":\"laura\",\"chatId\":\"chat-laura\",\"isTyping\":false}]}");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void outgoingHooksRewriteEveryReplyInOrder(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b
                .onText((m, ctx) -> ctx.reply("Hi", "Hey"))
                .outgoing(m -> Optional.of(((TextMessage) m).toBuilder().body(((TextMessage) m).body().orElse("") + "foo").build()))
                .outgoing(m -> Optional.of(((TextMessage) m).toBuilder().body(((TextMessage) m).body().orElse("") + "bar").build())))) {
            h.post(envelope(text("laura", "hi")));
            assertThat(Wire.tree(h.api.awaitRequests(1, WAIT).get(0).body()).findValuesAsText("body"))
                    .containsExactly("Hifoobar", "Heyfoobar");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anOutgoingHookCanDropAMessage(Transport transport) throws Exception {
        List<CompletableFuture<Void>> futures = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b
                .onText((m, ctx) -> futures.add(ctx.reply("keep", "secret")))
                .outgoing(m -> ((TextMessage) m).body().orElse("").equals("secret") ? Optional.empty() : Optional.of(m)))) {
            h.post(envelope(text("laura", "hi")));
            assertThat(Wire.tree(h.api.awaitRequests(1, WAIT).get(0).body()).findValuesAsText("body"))
                    .containsExactly("keep");
            futures.get(0).get(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void repliesOfOneRequestAreBatchedIntoOneCallKeepingOrder(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> ctx.reply(m.body().orElse("") + " 1",
                m.body().orElse("") + " 2")))) {
            assertThat(h.post(envelope(text("laura", "a"), text("aleem", "b"), text("laura", "c"))).statusCode())
                    .isEqualTo(200);
            List<Request> sent = h.api.requests();
            assertThat(sent).as("the 200 comes once the replies were sent, in one call").hasSize(1);
            assertThat(Wire.tree(sent.get(0).body()).findValuesAsText("body"))
                    .containsExactly("a 1", "a 2", "b 1", "b 2", "c 1", "c 2");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void batchesKeepTheLimitsOfFivePerRecipientAndTwentyFivePerCall(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> {
            for (int i = 0; i < 12; i++) {
                ctx.reply(TextMessage.builder().body("part " + i).build());
            }
        }))) {
            h.post(envelope(text("laura", "long story")));
            List<Request> sent = h.api.awaitRequests(3, WAIT);
            assertThat(sent).extracting(r -> Wire.tree(r.body()).get("messages").size()).containsExactly(5, 5, 2);
            assertThat(sent.stream().flatMap(r -> Wire.tree(r.body()).findValuesAsText("body").stream()))
                    .containsExactly("part 0", "part 1", "part 2", "part 3", "part 4", "part 5", "part 6", "part 7",
                            "part 8", "part 9", "part 10", "part 11");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void everyReplyFutureCompletesWithTheSendsOutcome(Transport transport) throws Exception {
        List<CompletableFuture<Void>> futures = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> {
            for (int i = 0; i < 7; i++) {
                futures.add(ctx.reply("part " + i));
            }
        }))) {
            h.api.answerWith(request -> request.body().contains("part 5") || request.body().contains("part 6")
                    ? Answer.status(400, "{\"error\":\"BadRequest\"}") : Answer.ok("{}"));
            h.post(envelope(text("laura", "hi")));
            assertThat(h.api.requests()).as("5 accepted, 2 refused, then each of those alone").hasSize(4);
            for (int i = 0; i < 5; i++) {
                assertThat(futures.get(i)).succeedsWithin(WAIT);
            }
            for (int i = 5; i < 7; i++) {
                CompletableFuture<Void> failed = futures.get(i);
                assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(KikApiException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void replyingWithMessagesKeepsAnExplicitRecipient(Transport transport) throws Exception {
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> ctx.reply(
                PictureMessage.builder().picUrl("http://p").build(),
                TextMessage.builder().to("aleem").chatId("other").body("psst").build())))) {
            h.post(envelope(text("laura", "hi")));
            Wire.assertSameJson(h.api.awaitRequests(1, WAIT).get(0).body(), "{\"messages\":["
                    + "{\"type\":\"picture\",\"to\":\"laura\",\"chatId\":\"chat-laura\",\"picUrl\":\"http://p\"},"
                    + "{\"type\":\"text\",\"to\":\"aleem\",\"chatId\":\"other\",\"body\":\"psst\"}]}");
        }
    }
}
