package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.KikApiException;
import dev.kikbot.api.KikValidationException;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.Wire;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.bot.Harness.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One reply's failure is its own: never another reply's, another user's or another request's. */
class FailureIsolationTest {

    private static final String REFUSED = "{\"error\":\"BadRequest\",\"message\":\"spammer is not a subscriber\"}";

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aReplyThatBreaksASendRuleThrowsInTheHandlerThatMadeIt(Transport transport) throws Exception {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> {
            if (m.from().orElse("").equals("laura")) {
                try {
                    ctx.reply(TextMessage.builder().to("not a username!").body("x").build());
                } catch (KikValidationException e) {
                    thrown.add(e);
                }
            }
            ctx.reply("fine");
        }))) {
            assertThat(h.post(envelope(text("laura", "a"), text("aleem", "b"))).statusCode()).isEqualTo(200);
            assertThat(thrown).singleElement().asString().contains("to").contains("not a username!");
            assertThat(Wire.tree(h.api.requests().get(0).body()).findValuesAsText("to"))
                    .containsExactly("laura", "aleem");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRecipientTheApiRefusesDoesNotSinkTheOtherUsersReplies(Transport transport) throws Exception {
        Map<String, CompletableFuture<Void>> replies = new ConcurrentHashMap<>();
        List<BotError> errors = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.onError(errors::add).onText((m, ctx) ->
                replies.put(m.from().orElse(""), ctx.reply("hello " + m.from().orElse("")))))) {
            h.api.answerWith(request -> request.body().contains("spammer") ? Answer.status(400, REFUSED)
                    : Answer.ok("{}"));
            assertThat(h.post(envelope(text("laura", "a"), text("spammer", "b"), text("aleem", "c"))).statusCode())
                    .isEqualTo(200);

            assertThat(replies.get("laura")).as("settled before the 200").isCompleted();
            assertThat(replies.get("aleem")).isCompleted();
            assertThat(replies.get("spammer")).isCompletedExceptionally();
            assertThat(h.api.requests().stream().filter(r -> !r.body().contains("spammer"))
                    .flatMap(r -> Wire.tree(r.body()).findValuesAsText("body").stream()))
                    .containsExactlyInAnyOrder("hello laura", "hello aleem");
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.kind()).isEqualTo(BotError.Kind.REPLY);
                assertThat(error.messageId()).hasValue("id-text-spammer");
                assertThat(error.chatId()).hasValue("chat-spammer");
                assertThat(error.cause()).isInstanceOf(KikApiException.class);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void oneMessageTheApiRefusesDoesNotSinkTheSameUsersOtherReplies(Transport transport) throws Exception {
        List<BotError> errors = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.onError(errors::add).onText((m, ctx) ->
                ctx.reply("one", "poison", "three")))) {
            h.api.answerWith(request -> request.body().contains("poison") ? Answer.status(400, REFUSED)
                    : Answer.ok("{}"));
            h.post(envelope(text("laura", "a")));
            assertThat(h.api.requests().stream().filter(r -> !r.body().contains("poison"))
                    .flatMap(r -> Wire.tree(r.body()).findValuesAsText("body").stream()))
                    .as("sent one by one, in order, after the refused call").containsExactly("one", "three");
            assertThat(errors).singleElement().satisfies(error ->
                    assertThat(error.outgoing().map(Object::toString).orElseThrow()).contains("poison"));
        }
    }
}
