package dev.kikbot.bot;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 request from a connection: request line, headers, and a body of a known length or
 * chunked. Limits every part, and gives up past a deadline, so a slow or hostile client cannot hold a
 * thread for long or make it buffer much.
 */
final class HttpRequestReader {

    /** A request as read. */
    record Request(String method, String target, Map<String, List<String>> headers, byte[] body, boolean keepAlive) {
    }

    /** Why a request can't be read, and the status that says so. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final int maxBody;
    private long deadline;

    HttpRequestReader(InputStream in, int maxBody) {
        this.in = in;
        this.maxBody = maxBody;
    }

    /**
     * @param first the request's first byte, already read
     * @param out where to write {@code 100 Continue} if the client waits for it
     * @param deadlineNanos when to give up, on {@link System#nanoTime()}'s scale
     */
    Request read(int first, OutputStream out, long deadlineNanos) throws IOException {
        this.deadline = deadlineNanos;
        String[] requestLine = line(first).split(" ", -1);
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            throw new Refused(400, "Malformed request line");
        }
        boolean http10 = requestLine[2].equals("HTTP/1.0");
        Map<String, List<String>> headers = headers();
        String connection = value(headers, "connection").toLowerCase(Locale.ROOT);
        boolean keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
        byte[] body = body(headers, out);
        return new Request(requestLine[0], requestLine[1], headers, body, keepAlive);
    }

    private Map<String, List<String>> headers() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int count = 0;; count++) {
            String line = line(next());
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (count == MAX_HEADERS || colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new Refused(400, count == MAX_HEADERS ? "Too many headers" : "Malformed header");
            }
            headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>(1))
                    .add(line.substring(colon + 1).trim());
        }
    }

    private byte[] body(Map<String, List<String>> headers, OutputStream out) throws IOException {
        String encoding = value(headers, "transfer-encoding");
        if (!encoding.isEmpty()) {
            if (!encoding.equalsIgnoreCase("chunked")) {
                throw new Refused(501, "Transfer-Encoding " + encoding + " is not supported");
            }
            continueIfAsked(headers, out);
            return chunked();
        }
        String length = value(headers, "content-length");
        long size;
        try {
            size = length.isEmpty() ? 0 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw new Refused(400, "Malformed Content-Length");
        }
        if (size < 0 || headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-length"))
                .mapToInt(h -> h.getValue().size()).sum() > 1) {
            throw new Refused(400, "Malformed Content-Length");
        }
        if (size > maxBody) {
            throw new Refused(413, "Body larger than " + maxBody + " bytes");
        }
        if (size > 0) {
            continueIfAsked(headers, out);
        }
        return exactly((int) size);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(next());
            int extension = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new Refused(400, "Malformed chunk size");
            }
            if (size < 0 || body.size() + (long) size > maxBody) {
                throw new Refused(413, "Body larger than " + maxBody + " bytes");
            }
            if (size == 0) {
                while (!line(next()).isEmpty()) {
                    // Trailers carry nothing the webhook reads.
                }
                return body.toByteArray();
            }
            body.write(exactly(size));
            if (!line(next()).isEmpty()) {
                throw new Refused(400, "Malformed chunk");
            }
        }
    }

    private void continueIfAsked(Map<String, List<String>> headers, OutputStream out) throws IOException {
        if (value(headers, "expect").equalsIgnoreCase("100-continue")) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    private byte[] exactly(int size) throws IOException {
        byte[] bytes = new byte[size];
        int read = 0;
        while (read < size) {
            checkDeadline();
            int n = in.read(bytes, read, size - read);
            if (n < 0) {
                throw new EOFException("The connection closed in the middle of the body");
            }
            read += n;
        }
        return bytes;
    }

    /** A line without its CRLF (or bare LF), in ISO-8859-1 as HTTP's grammar is. */
    private String line(int first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = first; b != '\n'; b = next()) {
            if (line.length() == MAX_LINE) {
                throw new Refused(431, "Request line or header longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
            if ((line.length() & 0xFF) == 0) {
                checkDeadline();
            }
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("The connection closed in the middle of a request");
        }
        if ((b == '\n' || b == '\r') && System.nanoTime() > deadline) {
            checkDeadline();
        }
        return b;
    }

    private void checkDeadline() throws SocketTimeoutException {
        if (System.nanoTime() > deadline) {
            throw new SocketTimeoutException("The request took longer than the read timeout");
        }
    }

    private static String value(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return "";
    }
}
