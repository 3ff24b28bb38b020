package dev.kikbot.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook on the JDK's built-in HTTP server, with a bounded pool of threads: when all are busy and the
 * queue is full, the accepting thread handles the request itself, which slows intake instead of dropping.
 */
public final class BotServer implements AutoCloseable {

    private static final int GRACE_SECONDS = 5;

    private final HttpServer server;
    private final ThreadPoolExecutor threads;
    private final Phaser inFlight = new Phaser(1);
    private volatile boolean closing;

    private BotServer(HttpServer server, ThreadPoolExecutor threads) {
        this.server = server;
        this.threads = threads;
    }

    static BotServer start(WebhookHandler webhook, InetSocketAddress address, int threadCount) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(threadCount, threadCount, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threadCount * 16), runnable -> {
                    Thread thread = new Thread(runnable, "kik-bot-http-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(threads);
        BotServer botServer = new BotServer(server, threads);
        server.createContext("/", exchange -> botServer.serve(webhook, exchange));
        server.start();
        return botServer;
    }

    /** @return the port listened on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return {@code http://localhost:<port>} */
    public String url() {
        return "http://localhost:" + port();
    }

    /**
     * Answers new requests with 503, lets requests in progress finish for up to five seconds, then stops.
     * Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            // The JDK's own stop(delay) waits out the whole delay on Java 17 even when idle; wait only as needed.
            inFlight.awaitAdvanceInterruptibly(inFlight.arrive(), GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            // Requests still running after the grace period are cut off.
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(WebhookHandler webhook, HttpExchange exchange) throws IOException {
        if (closing) {
            reject(exchange);
            return;
        }
        inFlight.register();
        try (exchange) {
            WebhookResponse response;
            byte[] body = read(exchange, webhook.maxBodyBytes());
            if (body == null) {
                response = WebhookResponse.of(413, "Body larger than " + webhook.maxBodyBytes() + " bytes");
            } else {
                String path = exchange.getRequestURI().getRawPath();
                String query = exchange.getRequestURI().getRawQuery();
                response = webhook.handle(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                        exchange.getRequestHeaders(), body);
            }
            byte[] answer = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            response.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(response.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } finally {
            inFlight.arriveAndDeregister();
        }
    }

    private static void reject(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(503, -1);
        }
    }

    /** Reads the body, or returns null as soon as it is larger than the limit. */
    private static byte[] read(HttpExchange exchange, int limit) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    return null;
                }
            } catch (NumberFormatException ignored) {
                // Read it and count.
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }
}
