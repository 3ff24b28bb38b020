package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.TextMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Retries, timeouts, transport failures and logging, against a real local HTTP server. */
class KikApiRetryTest {

    private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(20)).build();

    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private KikApi client(RetryPolicy policy) {
        return KikApi.builder("mybot", "secret-api-key").baseUrl(server.url()).retryPolicy(policy).build();
    }

    private static List<Message> text(String id) {
        return List.of(TextMessage.builder().to("aleem").body("hi").id(id).build());
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersRetryAfter() {
        server.answer(Answer.status(429, "{\"error\":\"TooManyRequests\"}").withHeader("Retry-After", "1"));
        long started = System.nanoTime();
        client(FAST).sendMessages(text(null));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(server.requests()).hasSize(2);
        assertThat(waitedMillis).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
    }

    @Test
    void aRetryAfterLongerThanThePolicyWaitsEndsTheRetries() {
        server.always(Answer.status(429, "{\"error\":\"TooManyRequests\"}").withHeader("Retry-After", "120"));
        assertThatThrownBy(() -> client(FAST).sendMessages(text(null)))
                .isInstanceOfSatisfying(KikRateLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                    assertThat(e.error()).contains("TooManyRequests");
                });
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void serverErrorsOnAMessagePostWithoutIdsAreNotRetried() {
        server.always(Answer.status(503, ""));
        assertThatThrownBy(() -> client(FAST).sendMessages(text(null)))
                .isInstanceOfSatisfying(KikApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWhenEveryMessageHasAnId() {
        server.answer(Answer.status(500, "{\"error\":\"InternalError\"}"));
        client(FAST).sendMessages(text("8e7fc0ad-36aa-43dd-8c5f-e72f5f2ed7e0"));
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
    }

    @Test
    void serverErrorsOnGetsAreRetriedUntilTheAttemptsRunOut() {
        server.always(Answer.status(500, "{\"error\":\"InternalError\"}"));
        assertThatThrownBy(() -> client(FAST).getConfiguration())
                .isInstanceOfSatisfying(KikApiException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        server.always(Answer.status(404, "{\"error\":\"NotFound\"}"));
        assertThatThrownBy(() -> client(FAST).getUser("aleem")).isInstanceOf(KikApiException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void oneAttemptDisablesRetries() {
        server.always(Answer.status(500, ""));
        assertThatThrownBy(() -> client(RetryPolicy.none()).getConfiguration()).isInstanceOf(KikApiException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSlowAnswerTimesOut() {
        server.hold();
        KikApi kik = KikApi.builder("mybot", "secret-api-key").baseUrl(server.url())
                .requestTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()).build();
        assertThatThrownBy(kik::getConfiguration).isInstanceOf(KikTimeoutException.class)
                .hasMessageStartingWith("GET /v1/config timed out");
    }

    @Test
    void aRefusedConnectionIsATransportFailureRetriedOnlyWhenSafe() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        KikApi kik = KikApi.builder("mybot", "secret-api-key").baseUrl("http://127.0.0.1:" + closedPort)
                .retryPolicy(FAST).build();
        assertThatThrownBy(() -> kik.sendMessages(text(null))).isInstanceOf(KikTransportException.class)
                .hasMessageStartingWith("POST /v1/message failed");
        assertThatThrownBy(kik::getConfiguration).isInstanceOf(KikTransportException.class);
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
    void logsMethodPathStatusAndLatencyButNeverTheKeyOrAuthorization() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.kikbot.api.KikApi");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try {
            KikApi kik = client(RetryPolicy.none());
            kik.sendMessages(List.of(TextMessage.builder().to("aleem").body("a private word").build()));
            KikApi withBodies = KikApi.builder("mybot", "secret-api-key").baseUrl(server.url()).logBodies(true).build();
            withBodies.sendMessages(List.of(TextMessage.builder().to("aleem").body("logged body").build()));
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("POST /v1/message -> 200 in \\d+ ms \\(attempt 1\\)"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).containsAnyOf("secret-api-key", "Basic ",
                "Authorization", "bXlib3Q6c2VjcmV0LWFwaS1rZXk="));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("a private word"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("logged body"));
    }
}
