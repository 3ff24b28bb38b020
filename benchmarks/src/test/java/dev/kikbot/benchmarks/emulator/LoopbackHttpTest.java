package dev.kikbot.benchmarks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The load's HTTP client reads the answers the control API gives, sized or chunked, over one socket per
 * thread that it opens again when the server closes it.
 */
class LoopbackHttpTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Integer> ports = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final LoopbackHttp http;

    LoopbackHttpTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            ports.add(exchange.getRemoteAddress().getPort());
            byte[] answer = ("{\"echo\":\"" + body.replace("\"", "'") + "é\"}").getBytes(StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/close")) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            exchange.sendResponseHeaders(path.equals("/chunked") ? 201 : 200, path.equals("/chunked") ? 0 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer, 0, 3);
                out.flush();
                out.write(answer, 3, answer.length - 3);
            }
        });
        server.start();
        http = new LoopbackHttp("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void close() {
        http.close();
        server.stop(0);
    }

    @Test
    void aPostCarriesItsJsonAndReadsASizedAnswer() throws IOException {
        LoopbackHttp.Answer answer = http.post("/users", "{\"username\":\"ann\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"echo\":\"{'username':'ann'}é\"}");
        assertThat(seen).containsExactly("POST /users application/json {\"username\":\"ann\"}");
    }

    @Test
    void aChunkedAnswerIsReadWhole() throws IOException {
        LoopbackHttp.Answer answer = http.get("/chunked?after=3&waitMs=500");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo("{\"echo\":\"é\"}");
        assertThat(seen).containsExactly("GET /chunked?after=3&waitMs=500 null ");
    }

    @Test
    void oneThreadsRequestsShareASocketUntilTheServerClosesIt() throws IOException {
        http.get("/a");
        http.get("/chunked");
        http.get("/close");
        http.get("/b");

        assertThat(ports.subList(0, 3)).as("kept alive").containsOnly(ports.get(0));
        assertThat(ports.get(3)).as("a new socket after Connection: close").isNotEqualTo(ports.get(0));
    }
}
