package dev.kikbot.bot;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook as a Jakarta Servlet, for Jetty, Tomcat, Spring Boot or any servlet container. It reads the
 * raw body itself, so the signature is checked on the exact bytes Kik signed, whatever body parsing the
 * application does elsewhere. Map it to cover the bot's paths, for example {@code /*} or {@code /incoming}.
 *
 * <p>Handlers run on the container's request thread. Register the servlet with async support
 * ({@code setAsyncSupported(true)}) and that thread is released while the replies are being sent; without
 * it, the thread waits for them. The same bound on requests in progress applies as with {@link BotServer}
 * (503 past it), and {@link Bot#close(java.time.Duration)} lets requests in progress finish.
 */
public class KikBotServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(KikBotServlet.class);

    private final transient WebhookHandler webhook;

    /**
     * @param bot the bot whose webhook to serve
     */
    public KikBotServlet(Bot bot) {
        this.webhook = Objects.requireNonNull(bot, "bot").webhook();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        byte[] body = read(request, webhook.maxBodyBytes());
        if (body == null) {
            write(response, WebhookResponse.of(413, "Body larger than " + webhook.maxBodyBytes() + " bytes"));
            return;
        }
        CompletableFuture<WebhookResponse> answer = webhook.handleAsync(new WebhookRequest(request.getMethod(), path,
                headers(request), body, request.getRemoteAddr() + ":" + request.getRemotePort()));
        if (answer.isDone() || !request.isAsyncSupported()) {
            write(response, answer.join());
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the bot's own timeouts bound the wait
        answer.whenComplete((done, error) -> {
            try {
                write((HttpServletResponse) async.getResponse(),
                        done != null ? done : WebhookResponse.of(500, "Internal error"));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Could not answer {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            } finally {
                async.complete();
            }
        });
    }

    private static void write(HttpServletResponse response, WebhookResponse answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType("text/plain; charset=utf-8");
        answer.headers().forEach(response::setHeader);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return headers;
    }

    private static byte[] read(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }
}
