package dev.kikbot.bot;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of {@link BotServer}, served on its own thread: requests one after another,
 * kept alive until the client closes, stays idle too long, or the server closes.
 */
final class HttpConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(BotServer.class);
    private static final int IDLE = 0;
    private static final int ACTIVE = 1;
    private static final int CLOSED = 2;

    private final BotServer server;
    private final Socket socket;
    private final WebhookHandler webhook;
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final String address;

    HttpConnection(BotServer server, Socket socket, WebhookHandler webhook) {
        this.server = server;
        this.socket = socket;
        this.webhook = webhook;
        this.address = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    @Override
    public void run() {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = socket.getOutputStream();
            HttpRequestReader reader = new HttpRequestReader(in, webhook.maxBodyBytes());
            boolean keepAlive = true;
            while (keepAlive) {
                socket.setSoTimeout(server.idleTimeoutMillis());
                int first = in.read();
                if (first < 0 || !state.compareAndSet(IDLE, ACTIVE)) {
                    return;
                }
                keepAlive = serveOne(reader, first, out);
                // The server may have begun closing while this request ran, and skipped it as busy.
                if (!state.compareAndSet(ACTIVE, IDLE) || server.closing()) {
                    return;
                }
            }
        } catch (SocketTimeoutException idle) {
            LOG.debug("Closing {}: idle for {} ms", address(), server.idleTimeoutMillis());
        } catch (IOException e) {
            LOG.debug("Connection {} ended: {}", address(), e.toString());
        } finally {
            state.set(CLOSED);
            server.ended(this);
        }
    }

    /** @return whether to keep the connection open for another request */
    private boolean serveOne(HttpRequestReader reader, int first, OutputStream out) throws IOException {
        socket.setSoTimeout(server.readTimeoutMillis());
        HttpRequestReader.Request request;
        try {
            request = reader.read(first, out, System.nanoTime() + server.readTimeoutMillis() * 1_000_000L);
        } catch (HttpRequestReader.Refused refused) {
            server.rejections().rejected("a request", address(), refused.status + " " + refused.getMessage());
            answer(out, WebhookResponse.of(refused.status, refused.getMessage()), false);
            return false;
        } catch (SocketTimeoutException slow) {
            server.rejections().rejected("a request", address(), "408 it took longer than the read timeout");
            answer(out, WebhookResponse.of(408, "The request took too long to arrive"), false);
            return false;
        }
        WebhookResponse response;
        try {
            response = webhook.handleAsync(new WebhookRequest(request.method(), request.target(), request.headers(),
                    request.body(), address())).join();
        } catch (RuntimeException | Error e) {
            LOG.error("The webhook failed on {} {} from {}", request.method(), request.target(), address(), e);
            response = WebhookResponse.of(500, "Internal error");
        }
        boolean keepAlive = request.keepAlive() && !server.closing();
        answer(out, response, keepAlive);
        return keepAlive;
    }

    private static void answer(OutputStream out, WebhookResponse response, boolean keepAlive) throws IOException {
        out.write(HttpResponses.encode(response, keepAlive));
        out.flush();
    }

    /** Closes the connection if it is between requests; one in the middle of a request finishes it first. */
    void closeIfIdle() {
        if (state.compareAndSet(IDLE, CLOSED)) {
            closeNow();
        }
    }

    void closeNow() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was wanted.
        }
    }

    boolean noDelay() {
        try {
            return socket.getTcpNoDelay();
        } catch (IOException closed) {
            return false;
        }
    }

    /** @return the client's address and port, such as {@code 127.0.0.1:53124} */
    String address() {
        return address;
    }
}
