package dev.kikbot.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook on a small HTTP/1.1 server of its own, with no dependency: one thread accepts, and each
 * connection is served on a thread from a bounded pool, so a slow request never holds up another. When
 * every thread is busy, a new connection is answered 503 with {@code Retry-After} by a thread that never
 * runs handlers. Requests must arrive within the read timeout; idle connections close after the idle
 * timeout; responses leave in one write with {@code TCP_NODELAY} on.
 */
public final class BotServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BotServer.class);
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private final ServerSocket listener;
    private final WebhookHandler webhook;
    private final ThreadPoolExecutor connectionThreads;
    private final ThreadPoolExecutor turnAway;
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    private final int readTimeoutMillis;
    private final int idleTimeoutMillis;
    private final RejectionLog rejections;
    private volatile boolean closing;

    private BotServer(ServerSocket listener, WebhookHandler webhook, BotOptions options) {
        this.listener = listener;
        this.webhook = webhook;
        this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, options.readTimeout().toMillis());
        this.idleTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, options.idleTimeout().toMillis());
        this.rejections = new RejectionLog(options.clock());
        this.connectionThreads = new ThreadPoolExecutor(0, options.serverThreads(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), Threads.named("kik-bot-http"), new ThreadPoolExecutor.AbortPolicy());
        this.turnAway = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                Threads.named("kik-bot-busy"), new ThreadPoolExecutor.AbortPolicy());
    }

    static BotServer start(WebhookHandler webhook, InetSocketAddress address, BotOptions options) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(address, 256);
        BotServer server = new BotServer(listener, webhook, options);
        // Not a daemon: a server keeps the JVM running until it is closed, as the JDK's and Jetty's do, so
        // that a main() that serves a bot and returns leaves the bot up. Its workers are daemons.
        Thread acceptor = new Thread(server::accept, "kik-bot-accept-" + server.port());
        acceptor.start();
        return server;
    }

    /** @return the port listened on */
    public int port() {
        return listener.getLocalPort();
    }

    /** @return the server's URL, such as {@code http://localhost:8080}; {@code localhost} for any address */
    public String url() {
        InetAddress address = listener.getInetAddress();
        String host = address.isAnyLocalAddress() ? "localhost" : address.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Stops as {@link #close(Duration)} does, waiting up to ten seconds. */
    @Override
    public void close() {
        close(DEFAULT_GRACE);
    }

    /**
     * Stops accepting connections, closes idle ones, lets requests in progress finish (their handlers and
     * replies included) for up to the timeout, then closes what is left. Idempotent.
     *
     * @param timeout how long requests in progress may take to finish
     * @return whether every request finished in time
     */
    public boolean close(Duration timeout) {
        synchronized (this) {
            if (closing) {
                return true;
            }
            closing = true;
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // Not accepting is all that was wanted.
        }
        connections.forEach(HttpConnection::closeIfIdle);
        boolean finished = awaitConnections(timeout);
        connections.forEach(HttpConnection::closeNow);
        connectionThreads.shutdownNow();
        turnAway.shutdownNow();
        return finished;
    }

    boolean closing() {
        return closing;
    }

    /** @return whether every open connection has Nagle's algorithm off; for tests */
    boolean connectionsHaveNoDelay() {
        return !connections.isEmpty() && connections.stream().allMatch(HttpConnection::noDelay);
    }

    int readTimeoutMillis() {
        return readTimeoutMillis;
    }

    int idleTimeoutMillis() {
        return idleTimeoutMillis;
    }

    RejectionLog rejections() {
        return rejections;
    }

    void ended(HttpConnection connection) {
        connections.remove(connection);
        synchronized (connections) {
            connections.notifyAll();
        }
    }

    private boolean awaitConnections(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (connections) {
            while (!connections.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    connections.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private void accept() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
                socket.setTcpNoDelay(true);
            } catch (IOException e) {
                if (!closing) {
                    LOG.warn("Accepting a connection on port {} failed: {}", port(), e.toString());
                    pause(); // such failures (too many open files) don't clear at once; don't spin on them
                }
                continue;
            }
            HttpConnection connection = new HttpConnection(this, socket, webhook);
            connections.add(connection);
            try {
                connectionThreads.execute(connection);
            } catch (RejectedExecutionException busy) {
                connections.remove(connection);
                turnAway(socket);
            }
        }
    }

    /** Answers 503 on a thread of its own, reading the request first so the client sees the answer. */
    private void turnAway(Socket socket) {
        String address = socket.getRemoteSocketAddress().toString().replaceFirst("^/", "");
        rejections.rejected("a connection", address, "503 all " + connectionThreads.getMaximumPoolSize()
                + " server threads are busy");
        try {
            turnAway.execute(() -> answerBusy(socket));
        } catch (RejectedExecutionException alsoBusy) {
            closeQuietly(socket);
        }
    }

    private void answerBusy(Socket socket) {
        try (socket) {
            socket.setSoTimeout(1000);
            InputStream in = socket.getInputStream();
            int first = in.read();
            if (first >= 0) {
                new HttpRequestReader(in, webhook.maxBodyBytes()).read(first, OutputStream.nullOutputStream(),
                        System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
            }
            OutputStream out = socket.getOutputStream();
            out.write(HttpResponses.encode(WebhookResponse.of(503, "The bot is busy; try again")
                    .withHeader("Retry-After", "1"), false));
            out.flush();
        } catch (IOException | RuntimeException ignored) {
            // The client gave up first; nothing more to tell it.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }
}
