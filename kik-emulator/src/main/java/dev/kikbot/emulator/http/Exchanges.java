package dev.kikbot.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reading request bodies within a bound, and writing JSON answers: what every handler does the same way. */
public final class Exchanges {

    /** The largest body read: 1 MiB. Larger ones are refused before they are read whole. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private Exchanges() {
    }

    /**
     * @return the request body
     * @throws ApiError 413 if it is larger than {@link #MAX_BODY_BYTES}, whatever its Content-Length says
     */
    public static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        // A chunked body has no Content-Length: count what arrives instead.
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    /** @return the body's JSON object; 400 if it is not one, 413 if it is too large */
    public static com.fasterxml.jackson.databind.node.ObjectNode jsonBody(Context ctx) {
        return Json.requestObject(body(ctx));
    }

    /** Answers {@code status} with a JSON body. */
    public static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(Json.bytes(body));
    }

    /** Answers {@code status} with JSON text written elsewhere, such as a stored configuration. */
    public static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    /** @return a query parameter as a non-negative number, or the default; 400 if it is not one */
    public static long nonNegative(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // answered below
        }
        throw ApiError.badRequest(name + ": must be a whole number of at least 0, not '" + value + "'");
    }

    private static ApiError tooLarge() {
        return ApiError.tooLarge("The body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB)");
    }
}
