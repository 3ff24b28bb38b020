package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.TextMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries, timeouts, transport failures and logging, against a real local HTTP server. Retries wait on a
 * scheduler that records the delays and runs them at once, so nothing here sleeps.
 */
class KikApiRetryTest {

    private static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(4)
            .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300)).build();
    private static final String ID = "8e7fc0ad-36aa-43dd-8c5f-e72f5f2ed7e0";

    private RecordingServer server;
    private RecordingScheduler scheduler;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        scheduler = new RecordingScheduler();
    }

    @AfterEach
    void stop() {
        server.close();
        scheduler.shutdownNow();
    }

    private KikApi.Builder client(RetryPolicy policy) {
        return KikApi.builder("mybot", "secret-api-key").baseUrl(server.url()).retryPolicy(policy)
                .retryScheduler(scheduler);
    }

    private static List<Message> text(String id) {
        return List.of(TextMessage.builder().to("aleem").body("hi").id(id).build());
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersRetryAfterSeconds() {
        server.answer(Answer.status(429, "{\"error\":\"TooManyRequests\"}").withHeader("Retry-After", "7"));
        client(POLICY).build().sendMessages(text(null));
        assertThat(server.requests()).hasSize(2);
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterDateIsCountedFromTheClientsClock() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30).atOffset(ZoneOffset.UTC));
        server.answer(Answer.status(429, "").withHeader("Retry-After", inThirtySeconds));
        client(POLICY).clock(Clock.fixed(now, ZoneOffset.UTC)).build().getConfiguration();
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void tooManyRequestsWithoutRetryAfterBacksOff() {
        server.answer(Answer.status(429, ""));
        client(POLICY).build().sendMessages(text(null));
        assertThat(server.requests()).hasSize(2);
        assertThat(scheduler.delays()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(50), Duration.ofMillis(100)));
    }

    @Test
    void aRetryAfterLongerThanThePolicyWaitsEndsTheRetries() {
        server.always(Answer.status(429, "{\"error\":\"TooManyRequests\"}").withHeader("Retry-After", "120"));
        assertThatThrownBy(() -> client(POLICY).build().sendMessages(text(null)))
                .isInstanceOfSatisfying(KikRateLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                    assertThat(e.error()).contains("TooManyRequests");
                });
        assertThat(server.requests()).hasSize(1);
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void serverErrorsOnAMessagePostWithoutIdsAreNotRetried() {
        server.always(Answer.status(503, ""));
        assertThatThrownBy(() -> client(POLICY).build().sendMessages(text(null)))
                .isInstanceOfSatisfying(KikApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(server.requests()).hasSize(1);
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedWhenEveryMessageHasAnId() {
        server.answer(Answer.status(500, "{\"error\":\"InternalError\"}"));
        client(POLICY).build().sendMessages(text(ID));
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
    }

    @Test
    void serverErrorsOnGetsAreRetriedWithExponentialJitteredBackoffUntilTheAttemptsRunOut() {
        server.always(Answer.status(500, "{\"error\":\"InternalError\"}"));
        assertThatThrownBy(() -> client(POLICY).build().getConfiguration())
                .isInstanceOfSatisfying(KikApiException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(server.requests()).hasSize(4);
        List<Duration> delays = scheduler.delays();
        assertThat(delays).hasSize(3);
        // 100, 200, then 400 capped at 300 ms; each drawn between half and all of it.
        assertThat(delays.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(delays.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(delays.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void clientErrorsAreNeverRetried() {
        server.always(Answer.status(404, "{\"error\":\"NotFound\"}"));
        assertThatThrownBy(() -> client(POLICY).build().getUser("aleem")).isInstanceOf(KikApiException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void oneAttemptDisablesRetries() {
        server.always(Answer.status(500, ""));
        assertThatThrownBy(() -> client(RetryPolicy.none()).build().getConfiguration())
                .isInstanceOf(KikApiException.class);
        assertThat(server.requests()).hasSize(1);
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void aRetryTheSchedulerRefusesFailsTheCallWithItsOwnFailure() {
        server.always(Answer.status(500, "{\"error\":\"InternalError\"}"));
        scheduler.shutdown();
        assertThatThrownBy(() -> client(POLICY).build().getConfiguration())
                .isInstanceOfSatisfying(KikApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.getSuppressed()).singleElement()
                            .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
                });
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aCallWaitingToRetryLeavesItsPlaceToOtherCalls() throws Exception {
        server.answer(Answer.status(500, "{\"error\":\"InternalError\"}"));
        scheduler.hold();
        KikApi kik = client(POLICY).maxConcurrentRequests(1).build();
        CompletableFuture<Configuration> retrying = kik.getConfigurationAsync();
        scheduler.awaitDelays(1, Duration.ofSeconds(10));
        kik.getConfigurationAsync().get(10, TimeUnit.SECONDS); // would wait forever behind a held place
        assertThat(retrying).isNotDone();
        scheduler.release();
        retrying.get(10, TimeUnit.SECONDS);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aSlowAnswerTimesOut() {
        server.hold();
        KikApi kik = client(RetryPolicy.none()).requestTimeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(kik::getConfiguration).isInstanceOf(KikTimeoutException.class)
                .hasMessageStartingWith("GET /v1/config timed out");
    }

    @Test
    void aRefusedConnectionIsATransportFailureRetriedOnlyWhenSafe() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        KikApi kik = client(POLICY).baseUrl("http://127.0.0.1:" + closedPort).build();
        assertThatThrownBy(() -> kik.sendMessages(text(null))).isInstanceOf(KikTransportException.class)
                .hasMessageStartingWith("POST /v1/message failed");
        assertThat(scheduler.delays()).isEmpty();
        assertThatThrownBy(kik::getConfiguration).isInstanceOf(KikTransportException.class);
        assertThat(scheduler.delays()).hasSize(3);
    }

    @Test
    void backoffGrowsExponentiallyUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(500))
                .maxBackoff(Duration.ofSeconds(3)).build();
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logsMethodPathStatusLatencyAndRetriesButNeverTheKeyOrAuthorization() {
        server.answer(Answer.status(429, "").withHeader("Retry-After", "2"));
        try (LogCapture log = LogCapture.of("dev.kikbot.api.KikApi", Level.DEBUG)) {
            client(POLICY).build().sendMessages(List.of(TextMessage.builder().to("aleem").body("a private word").build()));
            client(POLICY).logBodies(true).build()
                    .sendMessages(List.of(TextMessage.builder().to("aleem").body("logged body").build()));
            List<String> lines = log.lines();
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .matches("POST /v1/message -> 200 in \\d+ ms \\(attempt 2\\)"));
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .startsWith("POST /v1/message: retrying in 2000 ms (POST /v1/message failed with HTTP 429"));
            assertThat(lines).noneSatisfy(line -> assertThat(line).containsAnyOf("secret-api-key", "Basic ",
                    "Authorization", "bXlib3Q6c2VjcmV0LWFwaS1rZXk="));
            assertThat(lines).noneSatisfy(line -> assertThat(line).contains("a private word"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("logged body"));
            assertThat(log.events()).allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.DEBUG));
        }
    }
}
