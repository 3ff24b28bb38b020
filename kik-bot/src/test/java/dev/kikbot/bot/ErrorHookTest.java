package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.kikbot.api.KikApiException;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.bot.Harness.Transport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One error path: every handler exception and every failed reply reaches onError once. */
class ErrorHookTest {

    @Test
    void aHandlerExceptionArrivesWithTheMessageItsChatAndItsCause() throws Exception {
        List<BotError> errors = new CopyOnWriteArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onError(errors::add).onText((m, ctx) -> {
            throw boom;
        }))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
            assertThat(h.logs.warnings()).as("a handler of its own replaces the WARN line").isEmpty();
        }
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(BotError.Kind.HANDLER);
            assertThat(error.messageId()).hasValue("id-text-laura");
            assertThat(error.chatId()).hasValue("chat-laura");
            assertThat(error.user()).hasValue("laura");
            assertThat(error.cause()).isSameAs(boom);
            assertThat(error.outgoing()).isEmpty();
            assertThat(error).hasToString("Handler failed on text message id-text-laura from laura in chat chat-laura: "
                    + "java.lang.IllegalStateException: boom");
        });
    }

    @Test
    void aHandlerThatRethrowsItsFailedReplyIsReportedOnceAsTheReply() throws Exception {
        List<BotError> errors = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onError(errors::add)
                .onText((m, ctx) -> ctx.reply("hi").join()))) {
            h.api.always(Answer.status(400, "{\"error\":\"BadRequest\"}"));
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
        }
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(BotError.Kind.REPLY);
            assertThat(error.cause()).isInstanceOf(KikApiException.class);
            assertThat(error.outgoing().orElseThrow().to()).hasValue("laura");
        });
    }

    @Test
    void byDefaultEachFailureIsOneWarnLineAndAWrongKeyGetsAHint() throws Exception {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onText((m, ctx) -> {
            if (m.body().orElse("").equals("boom")) {
                throw new IllegalStateException("boom");
            }
            ctx.reply("hi");
        }))) {
            h.api.always(Answer.status(401, "{\"error\":\"Unauthorized\"}"));
            h.post(envelope(text("laura", "boom"), text("aleem", "hi")));
            assertThat(h.logs.warnings()).hasSize(2);
            assertThat(h.logs.warnings().get(0)).startsWith("Handler failed on text message id-text-laura");
            assertThat(h.logs.events()).filteredOn(e -> e.getFormattedMessage().startsWith("Handler failed"))
                    .singleElement().satisfies(e -> assertThat(e.getThrowableProxy()).as("with its trace").isNotNull());
            assertThat(h.logs.warnings().get(1)).startsWith("Reply (text) to text message id-text-aleem to aleem")
                    .contains("401").endsWith("(check the bot's username and API key)");
            assertThat(h.logs.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(line -> line.contains(Harness.API_KEY));
        }
    }

    @Test
    void anErrorHandlerThatThrowsIsLoggedAndChangesNothing() throws Exception {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onError(error -> {
            throw new IllegalStateException("the hook broke");
        }).onText((m, ctx) -> {
            throw new IllegalArgumentException("the handler broke");
        }))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
            assertThat(h.logs.warnings()).singleElement().asString().startsWith("The bot's error handler threw on: "
                    + "Handler failed on text message id-text-laura");
        }
    }
}
