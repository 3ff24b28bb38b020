package dev.kikbot.benchmarks.emulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulated users' HTTP/1.1 client: blocking, one kept-alive socket per calling thread.
 *
 * <p>The users share two cores with the emulator they measure. The JDK {@code HttpClient} cost them about
 * 0.1 ms of CPU per request in its asynchronous machinery (40% of the users' and bot's JVM in a profile), time
 * taken from the emulator; this client writes a request and reads the answer on the calling thread. It speaks
 * only what the control API answers: a status line, headers, and a body of {@code Content-Length} bytes or
 * chunked.
 */
final class LoopbackHttp implements AutoCloseable {

    /** A status and a body. */
    record Answer(int status, String body) {
    }

    private static final int TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress address;
    private final String hostHeader;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new ArrayList<>();

    /** @param base {@code http://host:port} */
    LoopbackHttp(String base) {
        URI uri = URI.create(base);
        this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
        this.hostHeader = uri.getHost() + ":" + uri.getPort();
    }

    Answer get(String pathAndQuery) throws IOException {
        return exchange("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n\r\n", new byte[0]);
    }

    Answer post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body);
    }

    private Answer exchange(String head, byte[] body) throws IOException {
        Connection connection = connections.get();
        if (connection == null) {
            connection = open();
        }
        try {
            connection.out.write(head.getBytes(StandardCharsets.US_ASCII));
            connection.out.write(body);
            connection.out.flush();
            Answer answer = connection.read();
            if (connection.closing) {
                drop(connection);
            }
            return answer;
        } catch (IOException e) {
            drop(connection);
            throw e;
        }
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(address, TIMEOUT_MILLIS);
        Connection connection = new Connection(socket);
        connections.set(connection);
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    private void drop(Connection connection) {
        connections.remove();
        connection.close();
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(Connection::close);
            opened.clear();
        }
    }

    /** One socket and the answer being read from it. */
    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closing;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        Answer read() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(length, 256));
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                byte[] bytes = in.readNBytes(length);
                if (bytes.length < length) {
                    throw new EOFException("the emulator closed the connection inside a body");
                }
                body.write(bytes);
            } else {
                body.write(in.readAllBytes());
                closing = true;
            }
            return new Answer(code, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the emulator closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing after a failure or at the end; nothing is waiting on it
            }
        }
    }
}
