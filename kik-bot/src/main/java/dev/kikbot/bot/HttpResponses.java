package dev.kikbot.bot;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a {@link WebhookResponse} as HTTP/1.1 bytes, head and body in one piece so they leave in one
 * write: two writes would let Nagle's algorithm hold the second back for the peer's delayed ACK.
 */
final class HttpResponses {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(302, "Found"), Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(413, "Content Too Large"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"));

    private static volatile CachedDate date = new CachedDate(0, "");

    private record CachedDate(long second, String text) {
    }

    private HttpResponses() {
    }

    static byte[] encode(WebhookResponse response, boolean keepAlive) {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(160).append("HTTP/1.1 ").append(response.status()).append(' ')
                .append(REASONS.getOrDefault(response.status(), "Status")).append("\r\nDate: ").append(date())
                .append("\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ").append(body.length);
        if (!keepAlive) {
            head.append("\r\nConnection: close");
        }
        response.headers().forEach((name, value) -> head.append("\r\n").append(clean(name)).append(": ")
                .append(clean(value)));
        byte[] headBytes = head.append("\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
        System.arraycopy(body, 0, bytes, headBytes.length, body.length);
        return bytes;
    }

    /** A header can't be allowed to end early and start another: CR and LF become spaces. */
    private static String clean(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    private static String date() {
        long second = System.currentTimeMillis() / 1000;
        CachedDate cached = date;
        if (cached.second() != second) {
            cached = new CachedDate(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), ZoneOffset.UTC)));
            date = cached;
        }
        return cached.text();
    }
}
