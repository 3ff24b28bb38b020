package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.KikSignature;
import dev.kikbot.bot.Harness.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bot's own HTTP/1.1 server: bounded, never stalled by a busy handler, strict about time and size. */
class BotServerTest {

    private static String signedPost(String body, String... extraHeaders) {
        return "POST /incoming HTTP/1.1\r\nHost: localhost\r\nX-Kik-Username: testbot\r\nX-Kik-Signature: "
                + KikSignature.sign(Harness.API_KEY, body) + "\r\n" + String.join("", extraHeaders)
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static int port(Harness h) {
        return URI.create(h.url()).getPort();
    }

    @Test
    void aRunningServerKeepsTheJvmAliveUntilItIsClosed() throws Exception {
        Thread acceptor;
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onText((m, ctx) -> ctx.reply("hi")))) {
            String name = "kik-bot-accept-" + port(h);
            acceptor = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no thread " + name));
            assertThat(acceptor.isDaemon()).as("a daemon would let main() return and the JVM exit").isFalse();
        }
        acceptor.join(10_000);
        assertThat(acceptor.isAlive()).as("closing ends it").isFalse();
    }

    @Test
    void keepsTheConnectionAliveWithNoDelayAndAnswersInOrder() {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onText((m, ctx) -> ctx.reply("hi")));
                RawHttp client = new RawHttp(port(h))) {
            String body = envelope(text("laura", "hi"));
            client.send(signedPost(body) + signedPost(body));
            assertThat(client.read().status()).isEqualTo(200);
            RawHttp.Response second = client.read();
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.headers()).doesNotContainKey("connection").containsKey("date");
            assertThat(h.servers().get(0).connectionsHaveNoDelay()).isTrue();
        }
    }

    @Test
    void aFullPoolAnswers503AtOnceWhileAHandlerIsBusy() throws Exception {
        CountDownLatch inHandler = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.serverThreads(1).onText((m, ctx) -> {
            inHandler.countDown();
            release.await(10, TimeUnit.SECONDS);
        }))) {
            CompletableFuture<Integer> busy = CompletableFuture.supplyAsync(
                    () -> h.post(envelope(text("laura", "hi"))).statusCode());
            assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
            try (RawHttp other = new RawHttp(port(h))) {
                RawHttp.Response response = other.send("GET /elsewhere HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.headers()).containsEntry("retry-after", "1").containsEntry("connection", "close");
            }
            assertThat(h.logs.warnings()).anySatisfy(line -> assertThat(line)
                    .contains("Rejected a connection from 127.0.0.1:").contains("all 1 server threads are busy"));
            release.countDown();
            assertThat(busy.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        }
    }

    @Test
    void aRequestThatDoesNotArriveInTimeGets408AndAnIdleConnectionIsClosed() {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.readTimeout(Duration.ofMillis(200))
                .idleTimeout(Duration.ofMillis(200)));
                RawHttp slow = new RawHttp(port(h));
                RawHttp idle = new RawHttp(port(h))) {
            RawHttp.Response response = slow.send("POST /incoming HTTP/1.1\r\nContent-Length: 10\r\n\r\n{").read();
            assertThat(response.status()).isEqualTo(408);
            assertThat(idle.closedByServer()).isTrue();
            assertThat(h.logs.warnings()).anySatisfy(line -> assertThat(line).contains("408"));
        }
    }

    @Test
    void readsChunkedBodiesAndAnswers100Continue() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onText((m, ctx) -> seen.add(m.body().orElse(""))));
                RawHttp client = new RawHttp(port(h))) {
            String body = envelope(text("laura", "chunked"));
            String half = body.substring(0, 20);
            client.send("POST /incoming HTTP/1.1\r\nX-Kik-Signature: " + KikSignature.sign(Harness.API_KEY, body)
                    + "\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
            assertThat(client.read().status()).isEqualTo(100);
            client.send(Integer.toHexString(half.length()) + "\r\n" + half + "\r\n"
                    + Integer.toHexString(body.length() - 20) + "\r\n" + body.substring(20) + "\r\n0\r\n\r\n");
            assertThat(client.read().status()).isEqualTo(200);
            assertThat(seen).containsExactly("chunked");
        }
    }

    @Test
    void refusesMalformedAndOversizedRequestsWithTheRightStatus() {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.maxBodyBytes(100))) {
            assertThat(status(h, "NONSENSE\r\n\r\n")).isEqualTo(400);
            assertThat(status(h, "GET / HTTP/1.1\r\nX: " + "y".repeat(9000) + "\r\n\r\n")).isEqualTo(431);
            assertThat(status(h, "POST /incoming HTTP/1.1\r\nContent-Length: 101\r\n\r\n")).isEqualTo(413);
            assertThat(status(h, "POST /incoming HTTP/1.1\r\nContent-Length: x\r\n\r\n")).isEqualTo(400);
            assertThat(status(h, "POST /incoming HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")).isEqualTo(501);
            assertThat(h.logs.warnings()).hasSize(5);
        }
    }

    @Test
    void closeReportsRequestsThatDidNotFinishInTime() throws Exception {
        CountDownLatch inHandler = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.onText((m, ctx) -> {
            inHandler.countDown();
            release.await(10, TimeUnit.SECONDS);
        }))) {
            CompletableFuture.runAsync(() -> h.post(envelope(text("laura", "hi"))));
            assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(h.servers().get(0).close(Duration.ofMillis(50))).isFalse();
            release.countDown();
        }
    }

    private static int status(Harness h, String request) {
        try (RawHttp client = new RawHttp(port(h))) {
            return client.send(request).read().status();
        }
    }
}
