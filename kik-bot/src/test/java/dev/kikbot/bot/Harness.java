package dev.kikbot.bot;

import ch.qos.logback.classic.Level;
import dev.kikbot.api.KikApi;
import dev.kikbot.api.KikSignature;
import dev.kikbot.api.LogCapture;
import dev.kikbot.api.RecordingServer;
import dev.kikbot.api.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A bot served for real over HTTP (the JDK server or a servlet in embedded Jetty), with a local server
 * standing in for the Kik API that records the bot's requests, and a client that posts signed webhooks.
 */
final class Harness implements AutoCloseable {

    static final String USERNAME = "testbot";
    static final String API_KEY = "2042cd8e-638c-4183-aef4-d4bef6f01981";

    /** How the bot's webhook is served. */
    enum Transport {
        JDK_SERVER, SERVLET
    }

    final LogCapture logs = botLogs();
    final RecordingServer api;
    final KikApi kik;
    final Bot bot;
    private final String url;
    private final AutoCloseable server;
    private final List<BotServer> servers = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Harness(Transport transport, UnaryOperator<BotBuilder> configure) {
        try {
            api = new RecordingServer();
            kik = KikApi.builder(USERNAME, API_KEY).baseUrl(api.url()).retryPolicy(RetryPolicy.none()).build();
            bot = configure.apply(Bot.builder(kik)).build();
            if (transport == Transport.JDK_SERVER) {
                BotServer served = bot.serve("127.0.0.1", 0);
                servers.add(served);
                url = served.url();
                server = served;
            } else {
                // Jetty warns about the connections tests close on purpose; it is only the test's container.
                ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty"))
                        .setLevel(Level.ERROR);
                Server jetty = new Server();
                ServerConnector connector = new ServerConnector(jetty);
                connector.setHost("127.0.0.1");
                connector.setPort(0);
                jetty.addConnector(connector);
                ServletContextHandler context = new ServletContextHandler();
                context.setContextPath("/");
                ServletHolder servlet = new ServletHolder(new KikBotServlet(bot));
                servlet.setAsyncSupported(true);
                context.addServlet(servlet, "/*");
                jetty.setHandler(context);
                jetty.start();
                url = "http://127.0.0.1:" + connector.getLocalPort();
                server = jetty::stop;
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start the harness", e);
        }
    }

    String url() {
        return url;
    }

    /** @return the bot's own server, when it serves the webhook itself */
    List<BotServer> servers() {
        return servers;
    }

    /** Posts a webhook body to /incoming, signed as Kik signs it. */
    HttpResponse<String> post(String body) {
        return post("/incoming", body, KikSignature.sign(API_KEY, body));
    }

    HttpResponse<String> post(String path, String body, String signature, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (!java.util.Arrays.asList(headers).contains("X-Kik-Username")) {
            request.header("X-Kik-Username", USERNAME);
        }
        if (signature != null) {
            request.header("X-Kik-Signature", signature);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> request(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return what the bot logs from INFO up, held back from the test output for the test to assert on; a
     *     passing test prints none of it
     */
    static LogCapture botLogs() {
        return LogCapture.of("dev.kikbot.bot", Level.INFO);
    }

    /** One incoming message of a type, from a user, as Kik's webhook carries it. */
    static String message(String type, String from, String extra) {
        return "{\"type\":\"" + type + "\",\"from\":\"" + from + "\",\"participants\":[\"" + from + "\"],"
                + "\"chatId\":\"chat-" + from + "\",\"id\":\"id-" + type + "-" + from + "\","
                + "\"timestamp\":1439576628405,\"readReceiptRequested\":true,\"mention\":null,\"metadata\":null"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static String envelope(String... messages) {
        return "{\"messages\":[" + String.join(",", messages) + "]}";
    }

    static String text(String from, String body) {
        return message("text", from, "\"body\":\"" + body + "\",\"chatType\":\"direct\"");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server", e);
        } finally {
            bot.close();
            api.close();
            logs.close();
        }
    }
}
