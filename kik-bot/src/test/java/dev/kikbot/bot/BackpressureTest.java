package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.KikSignature;
import dev.kikbot.api.LogCapture;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.bot.Harness.Transport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The 200 waits for the replies, so a slow API slows the webhook; acknowledging first has a bounded queue. */
class BackpressureTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theWebhookAnswersOnlyOnceTheRepliesWereAccepted(Transport transport) throws Exception {
        CountDownLatch apiMayAnswer = new CountDownLatch(1);
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> ctx.reply("hi")))) {
            h.api.answerWith(request -> {
                await(apiMayAnswer);
                return Answer.ok("{}");
            });
            CompletableFuture<HttpResponse<String>> webhook = CompletableFuture.supplyAsync(
                    () -> h.post(envelope(text("laura", "hi"))));
            h.api.awaitRequests(1, Duration.ofSeconds(10));
            assertThat(webhook).as("the reply is still at the API").isNotDone();
            apiMayAnswer.countDown();
            assertThat(webhook.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void acknowledgingFirstAnswers503WhenTheQueueIsFullAndHandlesEverythingAcceptedOnClose(Transport transport)
            throws Exception {
        CountDownLatch handlersMayFinish = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        int accepted = 0;
        HttpResponse<String> refused = null;
        try (Harness h = new Harness(transport, b -> b.acknowledgeBeforeHandling(2).onText((m, ctx) -> {
            await(handlersMayFinish);
            handled.incrementAndGet();
            ctx.reply("done");
        }))) {
            for (int i = 0; i < 100 && refused == null; i++) {
                HttpResponse<String> response = h.post(envelope(text("user" + i, "hi")));
                if (response.statusCode() == 200) {
                    accepted++;
                } else {
                    refused = response;
                }
            }
            assertThat(refused).as("the queue filled up").isNotNull();
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(h.logs.warnings()).anySatisfy(line -> assertThat(line).contains("503 Too many messages waiting"));
            handlersMayFinish.countDown();
            assertThat(h.bot.close(Duration.ofSeconds(10))).isTrue();
            assertThat(handled).as("every acknowledged message was handled").hasValue(accepted);
            assertThat(h.api.requests().stream().mapToInt(r -> r.body().split("\"done\"", -1).length - 1).sum())
                    .as("and its reply sent").isEqualTo(accepted);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void acknowledgedRequestsAreHandledWhileEarlierRepliesWaitForTheApi(Transport transport) throws Exception {
        int requests = 12; // more than the queue's handler threads
        CountDownLatch handled = new CountDownLatch(requests);
        try (Harness h = new Harness(transport, b -> b.acknowledgeBeforeHandling(100).onText((m, ctx) -> {
            ctx.reply("done");
            handled.countDown();
        }))) {
            h.api.hold();
            for (int i = 0; i < requests; i++) {
                assertThat(h.post(envelope(text("user" + i, "hi"))).statusCode()).isEqualTo(200);
            }
            assertThat(handled.await(10, TimeUnit.SECONDS)).as("handled although no reply was accepted yet").isTrue();
            h.api.release();
            assertThat(h.bot.close(Duration.ofSeconds(10))).isTrue();
            assertThat(h.api.requests().stream().mapToInt(r -> r.body().split("\"done\"", -1).length - 1).sum())
                    .as("every reply sent").isEqualTo(requests);
        }
    }

    @Test
    void afterCloseTheWebhookAnswers503InsteadOfThrowing() {
        Bot bot = Bot.builder(dev.kikbot.api.KikApi.builder("testbot", Harness.API_KEY).build())
                .acknowledgeBeforeHandling().build();
        try (LogCapture logs = Harness.botLogs()) {
            bot.close();
            String body = envelope(text("laura", "hi"));
            WebhookResponse response = bot.webhook().handle("POST", "/incoming",
                    Map.of("X-Kik-Signature", List.of(KikSignature.sign(Harness.API_KEY, body))),
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("The bot is shutting down");
            assertThat(logs.warnings()).singleElement().asString().contains("503 The bot is shutting down");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
