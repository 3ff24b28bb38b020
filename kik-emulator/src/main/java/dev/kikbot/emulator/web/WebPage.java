package dev.kikbot.emulator.web;

import dev.kikbot.emulator.http.ApiError;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the web chat page from the jar: {@code index.html} at {@code /}, its scripts, styles and pictures at
 * {@code /web/NAME}. The page is one flat folder and a name is a single segment of letters, digits and
 * dashes with a known extension, so no request can name anything outside it, and there is no listing.
 */
public final class WebPage {

    private static final String FOLDER = "/dev/kikbot/emulator/web/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.(html|css|js|svg|png)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");
    // The page loads nothing from elsewhere: even the pictures and videos of messages come through MediaProxy.
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; media-src 'self';"
            + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        app.get("/", ctx -> serve(ctx, "index.html"));
        app.get("/web/{name}", ctx -> serve(ctx, ctx.pathParam("name")));
        app.get("/favicon.ico", ctx -> serve(ctx, "favicon.svg"));
    }

    private static void serve(Context ctx, String name) {
        if (!NAME.matcher(name).matches()) {
            throw ApiError.notFound("The page has no file '" + name + "'");
        }
        byte[] content;
        try (InputStream in = WebPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw ApiError.notFound("The page has no file '" + name + "'");
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the page's " + name + " from the jar", e);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ctx.status(200).contentType(TYPES.get(extension))
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .result(content);
    }
}
