package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.RecordingServer.Request;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import dev.kikbot.api.message.TextMessage;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    @Test
    void atMostMaxConcurrentRequestsAreInFlightAndTheRestFollowInTurn() throws Exception {
        KikApi kik = client().maxConcurrentRequests(3).build();
        server.hold();
        List<CompletableFuture<Configuration>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(kik.getConfigurationAsync()); // returns at once, even beyond the bound
        }
        server.awaitRequests(3, Duration.ofSeconds(10));
        assertThat(calls).noneMatch(CompletableFuture::isDone);
        server.release();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(server.requests()).hasSize(10);
        assertThat(server.maxInFlight()).isEqualTo(3);
        assertThat(server.requests().stream().map(Request::remotePort).distinct().count())
                .as("connections").isLessThanOrEqualTo(3);
    }

    @Test
    void callsReuseTheClientsThreadsRatherThanStartingOneEach() throws Exception {
        KikApi kik = client().maxConcurrentRequests(2).build();
        kik.getConfiguration(); // the JDK client's own threads start here, once
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startedBefore = threads.getTotalStartedThreadCount();
        List<String> answeredOn = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            server.hold();
            CompletableFuture<String> thread = kik.getConfigurationAsync()
                    .thenApply(answer -> Thread.currentThread().getName());
            server.awaitRequests(i + 2, Duration.ofSeconds(10));
            server.release();
            answeredOn.add(thread.join());
        }
        assertThat(threads.getTotalStartedThreadCount() - startedBefore).as("threads started for 50 calls")
                .isLessThanOrEqualTo(5);
        assertThat(answeredOn).allSatisfy(name -> assertThat(name).startsWith("kik-api-"));
    }

    @Test
    void maxConcurrentRequestsIsAtLeastOne() {
        assertThatThrownBy(() -> client().maxConcurrentRequests(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConcurrentRequests must be at least 1, was 0");
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
