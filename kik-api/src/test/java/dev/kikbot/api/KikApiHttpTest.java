package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.RecordingServer.Request;
import java.io.IOException;
import dev.kikbot.api.message.TextMessage;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the client uses HTTP itself: protocol version, connections, headers, requests in flight. */
class KikApiHttpTest {

    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private KikApi.Builder client() {
        return KikApi.builder("mybot", "secret-api-key").baseUrl(server.url()).retryPolicy(RetryPolicy.none());
    }

    @Test
    void plainHttpSpeaksHttp11OnOneKeptAliveConnectionWithoutAnH2cUpgrade() {
        KikApi kik = client().build();
        callInTurn(kik);
        assertNoUpgradeAndOneConnection(server.requests());
    }

    @Test
    void aSharedHttpClientThatPrefersHttp2IsAlsoAskedForHttp11OnPlainHttp() {
        HttpClient shared = HttpClient.newHttpClient();
        assertThat(shared.version()).isEqualTo(HttpClient.Version.HTTP_2);
        KikApi kik = client().httpClient(shared).build();
        callInTurn(kik);
        assertNoUpgradeAndOneConnection(server.requests());
    }

    @Test
    void theUserAgentNamesTheLibraryVersionTheBuildWroteAndJava() {
        String version = System.getProperty("kikbot.projectVersion");
        assertThat(version).as("kikbot.projectVersion, which surefire sets").isNotNull()
                .matches("\\d+\\.\\d+\\.\\d+.*");
        client().build().getConfiguration();
        assertThat(server.requests().get(0).header("User-Agent"))
                .isEqualTo("kikbot-java/" + version + " (kik-api; Java " + System.getProperty("java.version") + ")");
    }

    /** GETs and POSTs, one after another. */
    private static void callInTurn(KikApi kik) {
        for (int i = 0; i < 3; i++) {
            kik.getConfiguration();
            kik.sendMessages(List.of(TextMessage.builder().to("aleem").body("hi " + i).build()));
        }
    }

    private static void assertNoUpgradeAndOneConnection(List<Request> requests) {
        assertThat(requests).hasSize(6);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.header("Upgrade")).as("Upgrade").isNull();
            assertThat(request.header("HTTP2-Settings")).as("HTTP2-Settings").isNull();
        });
        assertThat(requests.stream().map(Request::remotePort).distinct()).as("client ports").hasSize(1);
    }
}
