package dev.kikbot.bot;

import dev.kikbot.api.Code;
import dev.kikbot.api.KikException;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's webhook, free of any HTTP framework: give it the method, path, headers and raw body of a
 * request, get back the status and body to answer. {@link BotServer} and {@link KikBotServlet} are thin
 * adapters around it; any other server can be one too.
 *
 * <p>On the incoming path ({@code /incoming} by default) it answers 405 to anything but POST, 413 to a body
 * over the size limit, 403 {@code Invalid signature} unless {@code X-Kik-Signature} is the HMAC of the raw
 * body, 403 when {@code X-Kik-Username} names another bot, 400 with a reason for a body that is not
 * {@code {"messages":[...]}}, and 200 {@code OK} once every message was handled (or at once, with
 * asynchronous acknowledgement). On the Kik Code path ({@code /kik-code.png}) a GET redirects to the bot's
 * code image. Anything else is 404.
 */
public final class WebhookHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final Bot bot;

    WebhookHandler(Bot bot) {
        this.bot = bot;
    }

    /**
     * @param method the request method
     * @param path the request path, optionally with its query string
     * @param headers the request headers; names are matched without regard to case
     * @param rawBody the exact bytes of the request body; empty if none
     * @return what to answer
     */
    public WebhookResponse handle(String method, String path, Map<String, List<String>> headers, byte[] rawBody) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        byte[] body = rawBody == null ? new byte[0] : rawBody;
        int query = path.indexOf('?');
        String route = query < 0 ? path : path.substring(0, query);
        String queryString = query < 0 ? "" : path.substring(query + 1);
        if (route.equals(bot.incomingPath())) {
            return incoming(method, headers, body);
        }
        if (route.equals(bot.kikCodePath())) {
            return kikCode(method, queryString);
        }
        return WebhookResponse.of(404, "Not found");
    }

    /** @return the largest body accepted, so adapters can stop reading early */
    public int maxBodyBytes() {
        return bot.maxBodyBytes();
    }

    private WebhookResponse incoming(String method, Map<String, List<String>> headers, byte[] body) {
        if (!"POST".equalsIgnoreCase(method)) {
            return WebhookResponse.of(405, bot.incomingPath() + " only accepts POST");
        }
        if (body.length > bot.maxBodyBytes()) {
            return WebhookResponse.of(413, "Body larger than " + bot.maxBodyBytes() + " bytes");
        }
        for (String username : headers(headers, "X-Kik-Username")) {
            if (!username.equalsIgnoreCase(bot.username())) {
                return WebhookResponse.of(403, "Messages for " + username + " are not for " + bot.username());
            }
        }
        if (bot.verifiesSignatures() && !bot.kik().verifySignature(header(headers, "X-Kik-Signature"), body)) {
            return WebhookResponse.of(403, "Invalid signature");
        }
        List<Message> messages;
        try {
            messages = Messages.fromJson(body);
        } catch (KikParseException e) {
            return WebhookResponse.of(400, "Invalid body: " + e.getMessage());
        }
        if (bot.acknowledgesFirst()) {
            bot.dispatchLater(messages);
        } else {
            bot.dispatch(messages);
        }
        return WebhookResponse.of(200, "OK");
    }

    private WebhookResponse kikCode(String method, String queryString) {
        if (!"GET".equalsIgnoreCase(method)) {
            return WebhookResponse.of(405, bot.kikCodePath() + " only accepts GET");
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
            if (width < 1 || height < 1 || width > 4096 || height > 4096) {
                return WebhookResponse.of(400, "width and height must be 1 to 4096");
            }
        } catch (IllegalArgumentException e) {
            return WebhookResponse.of(400, e.getMessage());
        }
        String data = query.get("data");
        String location;
        if (data == null) {
            location = Code.usernameImageUrl(bot.kik().baseUrl(), bot.username(), width, height, color);
        } else {
            try {
                location = bot.kik().createCode(data).imageUrl(width, height, color);
            } catch (KikException | CompletionException e) {
                LOG.warn("Could not create a Kik Code for the kik-code route: {}", e.getMessage());
                return WebhookResponse.of(502, "Could not create the Kik Code");
            }
        }
        return new WebhookResponse(302, "", Map.of("Location", location));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        List<String> values = headers(headers, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> headers(Map<String, List<String>> headers, String name) {
        List<String> values = new java.util.ArrayList<>();
        headers.forEach((key, list) -> {
            if (key != null && key.equalsIgnoreCase(name) && list != null) {
                values.addAll(list);
            }
        });
        return values;
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
