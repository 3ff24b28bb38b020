package dev.kikbot.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kikbot.examples.ShowcaseMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the showcase bot's picture, icon and video from the jar on a free loopback port. A Kik client
 * fetched a message's media itself, and the page has the emulator fetch it: URLs on the internet would show
 * placeholders offline. The files were made for this project (the pictures drawn with Java2D, the video a
 * canvas animation recorded by Chromium's MediaRecorder), so they carry no one else's license.
 */
final class MediaServer implements AutoCloseable {

    private static final String RESOURCES = "/dev/kikbot/demo/media/";
    private static final Map<String, String> FILES = Map.of(
            "picture.png", "image/png",
            "icon.png", "image/png",
            "video.webm", "video/webm");

    private final HttpServer server;
    private final ExecutorService threads;

    private MediaServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static MediaServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "kik-demo-media");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(threads);
            server.createContext("/media/", MediaServer::serve);
            server.start();
            return new MediaServer(server, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve the demo's pictures: " + e.getMessage(), e);
        }
    }

    /** @return the showcase bot's media, at this server */
    ShowcaseMedia showcaseMedia() {
        return new ShowcaseMedia(url("picture.png"), url("video.webm"), url("icon.png"));
    }

    String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/media/" + file;
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/media/".length());
            String type = FILES.get(name);
            if (type == null || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes;
            try (InputStream in = MediaServer.class.getResourceAsStream(RESOURCES + name)) {
                bytes = in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
