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
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port that records every request and answers from a script: the
 * stand-in for api.kik.com in client tests.
 */
public final class RecordingServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One scripted answer. */
    public record Answer(int status, String body, Map<String, String> headers, Duration delay) {

        public static Answer ok(String body) {
            return new Answer(200, body, Map.of(), Duration.ZERO);
        }

        public static Answer status(int status, String body) {
            return new Answer(status, body, Map.of(), Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            return new Answer(status, body, Map.of(name, value), delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, headers, wait);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private Answer fallback = Answer.ok("{}");
    private Function<Request, Answer> responder;

    public RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
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
        Answer answer;
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Function<Request, Answer> by;
        synchronized (this) {
            requests.add(request);
            answer = script.isEmpty() ? fallback : script.poll();
            by = responder;
            notifyAll();
        }
        if (by != null) {
            answer = by.apply(request);
        }
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
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
        server.stop(0);
    }
}
