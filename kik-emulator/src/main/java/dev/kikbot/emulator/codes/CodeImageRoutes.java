package dev.kikbot.emulator.codes;

import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.awt.Color;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures of Kik Codes, at the URLs the SDKs build (spec §2.7): kik-python's {@code /v1/code/{id}} and
 * kik-node's {@code /api/v1/images/remote/{id}/{W}x{H}.png} and {@code /api/v1/images/username/{bot}/{W}x{H}.png},
 * each with an optional {@code ?c=} colour. No auth: they were image URLs shown to people, not API calls.
 */
public final class CodeImageRoutes {

    /** kik-python's URL has no size; kik-node's default is 1200, a large PNG for a default. */
    private static final int DEFAULT_SIDE = 512;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})\\.png");

    private final Store store;

    public CodeImageRoutes(Store store) {
        this.store = store;
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        app.get("/v1/code/{id}", ctx -> png(ctx, code(ctx.pathParam("id")), DEFAULT_SIDE, DEFAULT_SIDE));
        app.get("/api/v1/images/remote/{id}/{size}", ctx -> sized(ctx, code(ctx.pathParam("id"))));
        app.get("/api/v1/images/username/{bot}/{size}", ctx -> {
            String bot = ctx.pathParam("bot");
            store.bot(bot).orElseThrow(() -> ApiError.notFound("There is no bot '" + bot + "'"));
            sized(ctx, "username:" + bot);
        });
    }

    private String code(String id) {
        return store.code(id).map(code -> "code:" + code.id())
                .orElseThrow(() -> ApiError.notFound("There is no Kik Code '" + id + "'"));
    }

    private static void sized(Context ctx, String subject) {
        Matcher size = SIZE.matcher(ctx.pathParam("size"));
        if (!size.matches()) {
            throw ApiError.notFound("A code picture is {width}x{height}.png, not '" + ctx.pathParam("size") + "'");
        }
        png(ctx, subject, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
    }

    private static void png(Context ctx, String subject, int width, int height) {
        if (width < CodeImage.MIN_SIDE || width > CodeImage.MAX_SIDE || height < CodeImage.MIN_SIDE
                || height > CodeImage.MAX_SIDE) {
            throw ApiError.badRequest("size: " + width + "x" + height + " is outside " + CodeImage.MIN_SIDE + " to "
                    + CodeImage.MAX_SIDE + " pixels a side");
        }
        byte[] png = CodeImage.png(subject, color(ctx.queryParam("c")), width, height);
        ctx.status(200).contentType("image/png").header("Cache-Control", "public, max-age=86400").result(png);
    }

    private static Color color(String c) {
        if (c == null || c.isEmpty()) {
            return CodeColor.of(0);
        }
        try {
            return CodeColor.of(Integer.parseInt(c));
        } catch (IllegalArgumentException notColour) { // NumberFormatException is one
            throw ApiError.badRequest("c: a Kik Code colour is 0 to " + (CodeColor.count() - 1) + ", not '" + c + "'");
        }
    }
}
