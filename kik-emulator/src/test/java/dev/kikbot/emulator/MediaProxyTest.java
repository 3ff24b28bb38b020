package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.kikbot.emulator.web.MediaProxy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /emulator/v1/media}: the page's pictures and videos, fetched by the emulator; what it cannot
 * fetch is a placeholder picture with the reason in a header, never an error the browser would log.
 */
class MediaProxyTest {

    private static final String PICTURE = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>";

    /** A web server of a few fixed files: path to status, content type and body. */
    private static final class Files implements AutoCloseable {
        final HttpServer server;
        final List<String> paths = new CopyOnWriteArrayList<>();

        Files(Map<String, String[]> files) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                paths.add(exchange.getRequestURI().getPath());
                String[] file = files.getOrDefault(exchange.getRequestURI().getPath(), new String[] {"404", "text/plain", "no"});
                byte[] body = file[2].getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", file[1]);
                exchange.sendResponseHeaders(Integer.parseInt(file[0]), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void aPictureThatAnswersIsPassedOnWithItsType() throws Exception {
        try (Files pictures = new Files(Map.of("/cat.svg", new String[] {"200", "image/svg+xml", PICTURE}));
                Stage stage = Stage.start()) {
            Http.Answer answer = media(stage, pictures.url("/cat.svg"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).hasValue("image/svg+xml");
            assertThat(answer.body()).isEqualTo(PICTURE);
            assertThat(answer.header(MediaProxy.UNAVAILABLE_HEADER)).isEmpty();
            assertThat(answer.header("Content-Security-Policy")).as("a fetched SVG runs no script in the emulator's origin")
                    .hasValueSatisfying(csp -> assertThat(csp).contains("sandbox").contains("default-src 'none'"));
            assertThat(pictures.paths).containsExactly("/cat.svg");
        }
    }

    @Test
    void whatCannotBeHadIsAPlaceholderSayingWhy() throws Exception {
        String gone;
        try (Files closed = new Files(Map.of())) {
            gone = closed.url("/gone.png");
        }
        try (Files pages = new Files(Map.of("/page", new String[] {"200", "text/html", "<html></html>"}));
                Stage stage = Stage.start()) {
            Http.Answer unreachable = media(stage, gone);
            Http.Answer notPicture = media(stage, pages.url("/page"));
            Http.Answer missing = media(stage, pages.url("/missing.png"));

            for (Http.Answer answer : new Http.Answer[] {unreachable, notPicture, missing}) {
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.header("Content-Type")).hasValue("image/svg+xml");
                assertThat(answer.body()).startsWith("<svg");
            }
            assertThat(unreachable.header(MediaProxy.UNAVAILABLE_HEADER)).hasValueSatisfying(why ->
                    assertThat(why).startsWith("unreachable"));
            assertThat(notPicture.header(MediaProxy.UNAVAILABLE_HEADER)).hasValue("not a picture or video: 'text/html'");
            assertThat(missing.header(MediaProxy.UNAVAILABLE_HEADER)).hasValue("the server answered 404");
        }
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedNamingTheField() {
        try (Stage stage = Stage.start()) {
            for (String url : new String[] {"", "file:///etc/passwd", "javascript:alert(1)", "http://", "not a url"}) {
                Http.Answer answer = stage.control.get(Stage.CONTROL + "/media?url="
                        + URLEncoder.encode(url, StandardCharsets.UTF_8));

                assertThat(answer.status()).as(url).isEqualTo(400);
                assertThat(answer.json().get("message").asText()).as(url).startsWith("url:");
            }
        }
    }

    private static Http.Answer media(Stage stage, String url) {
        return stage.control.get(Stage.CONTROL + "/media?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    }
}
