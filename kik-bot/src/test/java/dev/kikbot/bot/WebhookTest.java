package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikSignature;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.Wire;
import dev.kikbot.bot.Harness.Transport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The webhook's HTTP behaviour (kik-node's request-route and incoming-handling cases, spec §10.2, §6.3). */
class WebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(Transport.class)
    void acceptsALowerCaseHexSignature(Transport transport) {
        String body = "{\"messages\":[{\"body\":\"Test\", \"type\":\"text\", \"from\":\"testuser1\"}]}";
        try (Harness h = new Harness(transport, b -> b)) {
            HttpResponse<String> response = h.post("/incoming", body,
                    KikSignature.sign(Harness.API_KEY, body).toLowerCase(Locale.ROOT));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("OK");
            assertThat(KikSignature.sign(Harness.API_KEY, body)).isEqualTo("24495A10947E0EAF87AF071A7D046CEA0E27B81C");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void rejectsMissingAndInvalidSignaturesWithoutHandling(Transport transport) {
        AtomicInteger handled = new AtomicInteger();
        try (Harness h = new Harness(transport, b -> b.use((m, ctx) -> handled.incrementAndGet()))) {
            String body = envelope(text("laura", "hi"));
            HttpResponse<String> missing = h.post("/incoming", body, null);
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(missing.body()).isEqualTo("Invalid signature");
            assertThat(h.post("/incoming", body, KikSignature.sign("another-key", body)).statusCode()).isEqualTo(403);
            assertThat(h.post("/incoming", body + " ", KikSignature.sign(Harness.API_KEY, body)).statusCode())
                    .isEqualTo(403);
        }
        assertThat(handled).hasValue(0);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void rejectsAMissingOrNullMessagesArray(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            HttpResponse<String> nullMessages = h.post("{\"messages\":null}");
            assertThat(nullMessages.statusCode()).isEqualTo(400);
            assertThat(nullMessages.body()).startsWith("Invalid body: messages: is required");
            assertThat(h.post("{\"other\":[]}").statusCode()).isEqualTo(400);
            assertThat(h.post("{\"messages\":{}}").body()).isEqualTo("Invalid body: messages: expected an array but was an object");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void willNotTolerateJunkData(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            HttpResponse<String> junk = h.post("this is not json");
            assertThat(junk.statusCode()).isEqualTo(400);
            assertThat(junk.body()).startsWith("Invalid body: Malformed JSON at line 1");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void onlyAllowsPostOnTheIncomingPath(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            HttpResponse<String> get = h.request("GET", "/incoming");
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.body()).isEqualTo("/incoming only accepts POST");
            assertThat(h.request("PUT", "/incoming").statusCode()).isEqualTo(405);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void otherUrlsAreNotFound(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            assertThat(h.request("GET", "/somewhere-else").statusCode()).isEqualTo(404);
            String body = envelope(text("laura", "hi"));
            assertThat(h.post("/incoming/extra", body, KikSignature.sign(Harness.API_KEY, body)).statusCode())
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void respectsTheIncomingPathOption(Transport transport) {
        try (Harness h = new Harness(transport, b -> b.incomingPath("/kik/webhook"))) {
            String body = envelope(text("laura", "hi"));
            assertThat(h.post("/kik/webhook", body, KikSignature.sign(Harness.API_KEY, body)).statusCode()).isEqualTo(200);
            assertThat(h.post("/incoming", body, KikSignature.sign(Harness.API_KEY, body)).statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aQueryStringDoesNotBreakTheIncomingPath(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            String body = envelope(text("laura", "hi"));
            assertThat(h.post("/incoming?source=kik", body, KikSignature.sign(Harness.API_KEY, body)).statusCode())
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void rejectsMessagesForAnotherBot(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            String body = envelope(text("laura", "hi"));
            HttpResponse<String> response = h.post("/incoming", body, KikSignature.sign(Harness.API_KEY, body),
                    "X-Kik-Username", "otherbot");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("Messages for otherbot are not for testbot");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void rejectsBodiesOverTheLimit(Transport transport) {
        try (Harness h = new Harness(transport, b -> b.maxBodyBytes(100))) {
            String body = envelope(text("laura", "x".repeat(200)));
            HttpResponse<String> response = h.post("/incoming", body, KikSignature.sign(Harness.API_KEY, body));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).isEqualTo("Body larger than 100 bytes");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void kikCodeRouteRedirectsToTheBotsUsernameCode(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            HttpResponse<String> response = h.request("GET", "/kik-code.png");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).contains(
                    h.api.url() + "/api/v1/images/username/testbot/512x512.png");
            assertThat(h.request("GET", "/kik-code.png?size=128&height=256&color=5").headers().firstValue("Location"))
                    .contains(h.api.url() + "/api/v1/images/username/testbot/128x256.png?c=5");
            assertThat(h.request("POST", "/kik-code.png").statusCode()).isEqualTo(405);
            assertThat(h.request("GET", "/kik-code.png?width=wide").statusCode()).isEqualTo(400);
            assertThat(h.request("GET", "/kik-code.png?color=16").statusCode()).isEqualTo(400);
            assertThat(h.api.requests()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void kikCodeRouteWithDataCreatesADataCode(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            h.api.answer(Answer.ok("{\"id\":\"54bd91bfc7b6bb0c8bb2a0d19b1df1ee\"}"));
            HttpResponse<String> response = h.request("GET", "/kik-code.png?data=%7B%22store%22%3A1%7D&width=300");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).contains(
                    h.api.url() + "/api/v1/images/remote/54bd91bfc7b6bb0c8bb2a0d19b1df1ee/300x512.png");
            Wire.assertSameJson(h.api.requests().get(0).body(), "{\"data\":\"{\\\"store\\\":1}\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void concurrentWebhookRequestsAreAllHandled(Transport transport) throws Exception {
        AtomicInteger handled = new AtomicInteger();
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> {
            handled.incrementAndGet();
            ctx.reply("ok " + m.body().orElse(""));
        }))) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<HttpResponse<String>>> responses = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String body = envelope(text("user" + i, "n" + i));
                    responses.add(clients.submit(() -> h.post(body)));
                }
                for (Future<HttpResponse<String>> response : responses) {
                    assertThat(response.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                }
            } finally {
                clients.shutdown();
            }
            assertThat(handled).hasValue(40);
            // each 200 came after its reply was accepted; concurrent replies may share calls
            assertThat(h.api.requests().stream()
                    .flatMap(request -> Wire.tree(request.body()).findValuesAsText("body").stream()))
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 40).mapToObj(i -> "ok n" + i).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void asynchronousAcknowledgementAnswersBeforeHandlersFinish(Transport transport) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (Harness h = new Harness(transport, b -> b.acknowledgeBeforeHandling().onText((m, ctx) -> {
            release.await(10, TimeUnit.SECONDS);
            ctx.reply("late");
            done.countDown();
        }))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
            assertThat(done.getCount()).as("the handler is still waiting").isEqualTo(1);
            release.countDown();
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(Wire.tree(h.api.awaitRequests(1, WAIT).get(0).body()).findValuesAsText("body"))
                    .containsExactly("late");
        }
    }

    @Test
    void closingTheServerLetsARequestInProgressFinishThenRefusesNewOnes() throws Exception {
        CountDownLatch inHandler = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onText((m, ctx) -> {
            inHandler.countDown();
            release.await(10, TimeUnit.SECONDS);
            ctx.reply("finished");
        }))) {
            ExecutorService background = Executors.newFixedThreadPool(2);
            try {
                Future<HttpResponse<String>> slow = background.submit(() -> h.post(envelope(text("laura", "hi"))));
                assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
                Future<Boolean> closing = background.submit(() -> h.bot.close(Duration.ofSeconds(10)));
                assertThat(closing).as("close waits for the request in progress").isNotDone();
                release.countDown();
                assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                assertThat(closing.get(10, TimeUnit.SECONDS)).as("everything finished in time").isTrue();
            } finally {
                background.shutdownNow();
            }
            assertThat(h.api.requests()).as("the reply went out before the close finished").hasSize(1);
            assertThatThrownBy(() -> h.post(envelope(text("laura", "again"))))
                    .as("the port is closed").isInstanceOf(java.io.UncheckedIOException.class);
        }
    }

    @Test
    void skippingTheSignatureCheckIsLoud() {
        try (Harness h = new Harness(Transport.JDK_SERVER, BotBuilder::skipSignatureCheckForTestingOnly)) {
            assertThat(h.post("/incoming", envelope(text("laura", "hi")), null).statusCode()).isEqualTo(200);
            assertThat(h.logs.warnings()).anySatisfy(line -> assertThat(line).contains("does NOT verify X-Kik-Signature"));
        }
    }

    @Test
    void theCoreNeedsNoServer() {
        Bot bot = Bot.builder(dev.kikbot.api.KikApi.builder("testbot", Harness.API_KEY).build()).build();
        String body = envelope(text("laura", "hi"));
        WebhookResponse response = bot.webhook().handle("POST", "/incoming",
                java.util.Map.of("x-kik-signature", List.of(KikSignature.sign(Harness.API_KEY, body))),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response).isEqualTo(new WebhookResponse(200, "OK", java.util.Map.of()));
        bot.close();
    }
}
