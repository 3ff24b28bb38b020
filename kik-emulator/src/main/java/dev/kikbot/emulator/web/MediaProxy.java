package dev.kikbot.emulator.web;

import dev.kikbot.emulator.control.ControlApi;
import dev.kikbot.emulator.http.ApiError;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code GET /emulator/v1/media?url=URL}: the pictures and videos of messages, fetched for the page, as Kik's
 * own servers fetched and cached them for its apps. A picture or video that cannot be had (no network, a
 * 404, not a picture or video, larger than 20 MiB) is answered with a placeholder picture and a header saying
 * why, instead of an error: a chat full of offline example URLs stays readable, and the browser has no
 * failed request to complain about.
 */
public final class MediaProxy {

    /** Says why a placeholder was sent instead. */
    public static final String UNAVAILABLE_HEADER = "X-Kik-Emulator-Media-Unavailable";
    /**
     * Fetched bytes are served from the emulator's origin, which also serves the control API: an SVG with a
     * script, opened in a tab of its own, would run there. Sandboxed with no sources, it is a picture only.
     */
    static final String INERT = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
    private static final int MAX_BYTES = 20 << 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] PLACEHOLDER = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"200\""
            + " viewBox=\"0 0 320 200\"><rect width=\"320\" height=\"200\" fill=\"#eef1f4\"/><path d=\"M120 130l30-36"
            + " 22 26 16-18 28 28z\" fill=\"#c3ccd4\"/><circle cx=\"190\" cy=\"78\" r=\"10\" fill=\"#c3ccd4\"/>"
            + "<text x=\"160\" y=\"168\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#66737f\""
            + " text-anchor=\"middle\">not reachable from the emulator</text></svg>").getBytes(StandardCharsets.UTF_8);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Adds the endpoint. */
    public void routes(Javalin app) {
        app.get(ControlApi.BASE + "/media", this::serve);
    }

    private void serve(Context ctx) {
        URI url = url(ctx.queryParam("url"));
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (response.statusCode() / 100 != 2) {
                    placeholder(ctx, "the server answered " + response.statusCode());
                } else if (!type.startsWith("image/") && !type.startsWith("video/")) {
                    placeholder(ctx, "not a picture or video: '" + type + "'");
                } else {
                    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        placeholder(ctx, "larger than " + MAX_BYTES + " bytes");
                    } else {
                        ctx.status(200).contentType(type).header("Cache-Control", "max-age=300")
                                .header("X-Content-Type-Options", "nosniff")
                                .header("Content-Security-Policy", INERT).result(bytes);
                    }
                }
            }
        } catch (IOException e) {
            placeholder(ctx, "unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            placeholder(ctx, "the emulator is stopping");
        }
    }

    private static URI url(String value) {
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest("url: is required (the http or https URL of a picture or video)");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException notUri) {
            // answered below
        }
        throw ApiError.badRequest("url: '" + value + "' is not an http or https URL");
    }

    private static void placeholder(Context ctx, String why) {
        ctx.status(200).contentType("image/svg+xml").header(UNAVAILABLE_HEADER, why)
                .header("Cache-Control", "max-age=60").header("X-Content-Type-Options", "nosniff").result(PLACEHOLDER);
    }
}
