package dev.kikbot.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port that records every request and answers from a script: the
 * stand-in for api.kik.com in client tests.
 */
public final class RecordingServer implements AutoCloseable {

    /**
     * One request as the server received it.
     *
     * @param remotePort the client's port: requests on one connection share it
     */
    public record Request(String method, String path, Map<String, List<String>> headers, String body,
            int remotePort) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One scripted answer. */
    public record Answer(int status, String body, Map<String, String> headers) {

        public static Answer ok(String body) {
            return new Answer(200, body, Map.of());
        }

        public static Answer status(int status, String body) {
            return new Answer(status, body, Map.of());
        }

        public Answer withHeader(String name, String value) {
            return new Answer(status, body, Map.of(name, value));
        }
    }

    private static final Duration LONGEST_HOLD = Duration.ofSeconds(30);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private Answer fallback = Answer.ok("{}");
    private Function<Request, Answer> responder;
    private CountDownLatch gate = new CountDownLatch(0);
    private int inFlight;
    private int maxInFlight;

    public RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next requests in this order, then with the fallback. */
    public synchronized RecordingServer answer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Answers every request not scripted otherwise. */
    public synchronized RecordingServer always(Answer answer) {
        fallback = answer;
        return this;
    }

    /**
     * Keeps every answer back until {@link #release()}, so that requests stay in flight (at most
     * 30 s, so that a failing test does not hang).
     */
    public synchronized RecordingServer hold() {
        gate = new CountDownLatch(1);
        return this;
    }

    /** Sends the answers held back, and answers at once from now on. */
    public synchronized void release() {
        gate.countDown();
    }

    /** @return the most requests the server was answering at once */
    public synchronized int maxInFlight() {
        return maxInFlight;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /**
     * Waits until at least {@code count} requests arrived, for code that sends in the background.
     *
     * @return the requests so far
     * @throws AssertionError if they did not arrive in time
     */
    public synchronized List<Request> awaitRequests(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " requests within " + timeout + ", got "
                        + requests.size() + ": " + requests);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer answer;
        CountDownLatch held;
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getPort());
        Function<Request, Answer> by;
        synchronized (this) {
            requests.add(request);
            answer = script.isEmpty() ? fallback : script.poll();
            by = responder;
            held = gate;
            maxInFlight = Math.max(maxInFlight, ++inFlight);
            notifyAll();
        }
        if (by != null) {
            answer = by.apply(request);
        }
        try {
            held.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            inFlight--; // before answering: the client may send its next request as soon as it has the answer
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /**
     * Answers every request with what the function decides, on the request's own thread: it may block, to
     * hold an answer back until a test releases it. Replaces any script.
     */
    public synchronized RecordingServer answerWith(Function<Request, Answer> decide) {
        responder = decide;
        return this;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdown();
    }
}
