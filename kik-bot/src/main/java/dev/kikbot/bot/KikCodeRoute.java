package dev.kikbot.bot;

import dev.kikbot.api.Code;
import dev.kikbot.api.KikApi;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /kik-code.png}: a redirect to the bot's Kik Code image, or with {@code ?data=} to a code
 * carrying that data. Data codes are created once and kept (a bounded cache); creating one never holds
 * a thread, a request waits at most five seconds for it, and only a few are created at once, since anyone
 * who can reach the route can ask.
 */
final class KikCodeRoute {

    private static final int CACHED_CODES = 256;
    private static final int MAX_CREATING = 8;
    private static final long WAIT_SECONDS = 5;

    private final KikApi kik;
    private final String path;
    private final Map<String, CompletableFuture<Code>> codes = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Code>> eldest) {
            return size() > CACHED_CODES;
        }
    };
    private int creating;

    KikCodeRoute(KikApi kik, String path) {
        this.kik = kik;
        this.path = path;
    }

    CompletableFuture<WebhookResponse> handle(String method, String queryString) {
        if (!"GET".equalsIgnoreCase(method)) {
            return done(WebhookResponse.of(405, path + " only accepts GET"));
        }
        Map<String, String> query = parse(queryString);
        int width;
        int height;
        Code.Color color;
        try {
            int size = number(query, "size", 512);
            width = number(query, "width", size);
            height = number(query, "height", size);
            color = query.containsKey("color") ? Code.Color.byId(number(query, "color", 0)) : null;
        } catch (IllegalArgumentException e) {
            return done(WebhookResponse.of(400, e.getMessage()));
        }
        if (width < 1 || height < 1 || width > 4096 || height > 4096) {
            return done(WebhookResponse.of(400, "width and height must be 1 to 4096"));
        }
        String data = query.get("data");
        if (data == null) {
            return done(redirect(Code.usernameImageUrl(kik.baseUrl(), kik.username(), width, height, color)));
        }
        CompletableFuture<Code> code = code(data);
        if (code == null) {
            return done(WebhookResponse.of(503, "Too many Kik Codes being created; try again")
                    .withHeader("Retry-After", "1"));
        }
        return code.handle((made, error) -> error == null ? redirect(made.imageUrl(width, height, color))
                        : WebhookResponse.of(502, "Could not create the Kik Code: " + ErrorReporter.unwrap(error)))
                .completeOnTimeout(WebhookResponse.of(503, "The Kik Code is still being created; try again")
                        .withHeader("Retry-After", "1"), WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** @return the code for the data, cached or being created; null if too many are being created */
    private synchronized CompletableFuture<Code> code(String data) {
        CompletableFuture<Code> cached = codes.get(data);
        if (cached != null) {
            return cached;
        }
        if (creating >= MAX_CREATING) {
            return null;
        }
        creating++;
        CompletableFuture<Code> code = kik.createCodeAsync(data);
        codes.put(data, code);
        code.whenComplete((made, error) -> created(data, code, error));
        return code;
    }

    private synchronized void created(String data, CompletableFuture<Code> code, Throwable error) {
        creating--;
        if (error != null) {
            codes.remove(data, code); // a failure is not kept: the next request tries again
        }
    }

    private static WebhookResponse redirect(String location) {
        return WebhookResponse.of(302, "").withHeader("Location", location);
    }

    private static CompletableFuture<WebhookResponse> done(WebhookResponse response) {
        return CompletableFuture.completedFuture(response);
    }

    private static Map<String, String> parse(String queryString) {
        Map<String, String> query = new HashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(key, value);
        }
        return query;
    }

    private static int number(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }
}
