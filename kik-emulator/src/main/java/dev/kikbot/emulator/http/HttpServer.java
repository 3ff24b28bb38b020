package dev.kikbot.emulator.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's Javalin server: one connector on the given address with {@code TCP_NODELAY}, a bounded
 * thread pool with a bounded queue, and every failure answered as JSON. A handler's {@link ApiError} is the
 * answer it names; Javalin's own refusals (no such endpoint) get the same shape; anything else is a bug,
 * answered 500 without a stack trace and logged once.
 */
public final class HttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 4;
    private static final int QUEUE = 1024;
    private static final Duration IDLE = Duration.ofSeconds(60);

    private HttpServer() {
    }

    /**
     * @param host the address to listen on
     * @param port the port; 0 for a free one
     * @param routes adds the endpoints
     * @return the started server
     * @throws io.javalin.util.JavalinBindException if the port is taken
     */
    public static Javalin start(String host, int port, Consumer<Javalin> routes) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = Exchanges.MAX_BODY_BYTES;
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, (int) IDLE.toMillis(),
                    new BlockingArrayQueue<>(QUEUE));
            config.jetty.addConnector((server, http) -> connector(server, http, host, port));
        });
        app.exception(ApiError.class, (error, ctx) -> {
            error.retryAfter().ifPresent(wait -> ctx.header("Retry-After",
                    Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
            Exchanges.json(ctx, error.status(), body(error.error(), error.getMessage()));
        });
        app.exception(HttpResponseException.class, (error, ctx) ->
                Exchanges.json(ctx, error.getStatus(), body(errorName(error.getStatus()), error.getMessage())));
        app.exception(Exception.class, (error, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
            Exchanges.json(ctx, 500, body("InternalError", "The emulator failed on this request: " + error));
        });
        routes.accept(app);
        return app.start();
    }

    private static ServerConnector connector(org.eclipse.jetty.server.Server server, HttpConfiguration http,
            String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptedTcpNoDelay(true);
        connector.setIdleTimeout(IDLE.toMillis());
        return connector;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode body(String error, String message) {
        return Json.object().put("error", error).put("message", message);
    }

    private static String errorName(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 413 -> "PayloadTooLarge";
            default -> "Http" + status;
        };
    }
}
