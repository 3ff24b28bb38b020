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

/**
 * A real HTTP server on a free loopback port that records every request and answers from a script: the
 * stand-in for api.kik.com in client tests.
 */
final class RecordingServer implements AutoCloseable {

    /** One request as the server received it. */
    record Request(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One scripted answer. */
    record Answer(int status, String body, Map<String, String> headers, Duration delay) {

        static Answer ok(String body) {
            return new Answer(200, body, Map.of(), Duration.ZERO);
        }

        static Answer status(int status, String body) {
            return new Answer(status, body, Map.of(), Duration.ZERO);
        }

        Answer withHeader(String name, String value) {
            return new Answer(status, body, Map.of(name, value), delay);
        }

        Answer after(Duration wait) {
            return new Answer(status, body, headers, wait);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private Answer fallback = Answer.ok("{}");

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next requests in this order, then with the fallback. */
    synchronized RecordingServer answer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Answers every request not scripted otherwise. */
    synchronized RecordingServer always(Answer answer) {
        fallback = answer;
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            answer = script.isEmpty() ? fallback : script.poll();
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

    @Override
    public void close() {
        server.stop(0);
    }
}
