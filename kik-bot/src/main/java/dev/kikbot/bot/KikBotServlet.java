package dev.kikbot.bot;

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

/**
 * The webhook as a Jakarta Servlet, for Jetty, Tomcat, Spring Boot or any servlet container. It reads the
 * raw body itself, so the signature is checked on the exact bytes Kik signed, whatever body parsing the
 * application does elsewhere. Map it to cover the bot's paths, for example {@code /*} or {@code /incoming}.
 */
public class KikBotServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        WebhookResponse answer;
        byte[] body = read(request, webhook.maxBodyBytes());
        if (body == null) {
            answer = WebhookResponse.of(413, "Body larger than " + webhook.maxBodyBytes() + " bytes");
        } else {
            answer = webhook.handle(request.getMethod(), path, headers(request), body);
        }
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
