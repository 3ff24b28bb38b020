package dev.kikbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.KikApi;
import dev.kikbot.api.RecordingScheduler;
import dev.kikbot.api.RecordingServer;
import dev.kikbot.api.RetryPolicy;
import dev.kikbot.api.Wire;
import dev.kikbot.api.message.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the outbox opens a call: at once while fewer than two are in flight, and otherwise only for a full
 * call or once a message has waited {@link Outbox#MAX_WAIT}. Time is a hand-moved ticker and the wait's
 * timer runs only when the test lets it.
 */
class OutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final AtomicLong nanos = new AtomicLong();
    private final List<BotError> errors = new ArrayList<>();
    private RecordingServer api;
    private RecordingScheduler timer;
    private Outbox outbox;

    @BeforeEach
    void start() throws Exception {
        api = new RecordingServer();
        timer = new RecordingScheduler();
        timer.hold();
        KikApi kik = KikApi.builder("mybot", "key").baseUrl(api.url()).retryPolicy(RetryPolicy.none()).build();
        outbox = new Outbox(kik, new ErrorReporter(errors::add), 8, 1_000, timer, nanos::get);
    }

    @AfterEach
    void stop() {
        api.release();
        timer.shutdownNow();
        api.close();
    }

    @Test
    void anIdleOutboxSendsAtOnceAndSoDoesASecondCall() throws Exception {
        api.hold();
        send("laura");
        send("aleem");
        api.awaitRequests(2, WAIT);
        assertThat(timer.delays()).as("nothing waited").isEmpty();
    }

    @Test
    void withTwoCallsInFlightMessagesWaitAtMostMaxWaitAndThenShareOneCall() throws Exception {
        api.hold();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        sent.add(send("laura"));
        sent.add(send("aleem"));
        api.awaitRequests(2, WAIT);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        sent.add(send("ted"));
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        sent.add(send("remi"));

        assertThat(timer.awaitDelays(1, WAIT)).as("the oldest waits what is left of 5 ms")
                .containsExactly(Duration.ofMillis(5));
        assertThat(api.requests()).hasSize(2);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(4));
        timer.release();

        List<RecordingServer.Request> calls = api.awaitRequests(3, WAIT);
        assertThat(Wire.tree(calls.get(2).body()).findValuesAsText("to")).containsExactly("ted", "remi");
        api.release();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(api.requests()).hasSize(3);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFullCallOpensWithoutWaiting() throws Exception {
        api.hold();
        send("laura");
        send("aleem");
        api.awaitRequests(2, WAIT);
        for (int user = 0; user < 25; user++) {
            send("user" + user);
        }
        List<RecordingServer.Request> calls = api.awaitRequests(3, WAIT);
        assertThat(Wire.tree(calls.get(2).body()).get("messages")).hasSize(25);
    }

    @Test
    void whatWaitsGoesOutWhenACallEndsEvenIfTheTimerNeverRuns() throws Exception {
        api.hold();
        send("laura");
        send("aleem");
        api.awaitRequests(2, WAIT);
        CompletableFuture<Void> ted = send("ted");
        api.release();
        ted.get(10, TimeUnit.SECONDS);
        assertThat(api.requests()).hasSize(3);
        assertThat(outbox.idle()).succeedsWithin(WAIT);
    }

    private CompletableFuture<Void> send(String user) {
        Outbox.Item item = new Outbox.Item(TextMessage.builder().to(user).chatId("chat-" + user).body("hi " + user)
                .build(), null, new CompletableFuture<>());
        outbox.submit(List.of(item));
        return item.sent();
    }
}
