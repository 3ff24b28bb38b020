package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The requests the transport builds, where no local server can tell. */
class ApiTransportTest {

    private static ApiTransport transport(String baseUrl) {
        return new ApiTransport(HttpClient.newHttpClient(), URI.create(baseUrl), "mybot", "key",
                new ApiTransport.Settings(Duration.ofSeconds(5), RetryPolicy.none(), false, 1, null, Clock.systemUTC()));
    }

    @Test
    void httpsLeavesTheVersionToTheClientSoAlpnCanChooseHttp2() {
        assertThat(transport("https://api.kik.com").request("/v1/config", null).version()).isEmpty();
    }

    @Test
    void plainHttpAsksForHttp11() {
        assertThat(transport("http://127.0.0.1:8080").request("/v1/config", new byte[0]).version())
                .contains(HttpClient.Version.HTTP_1_1);
    }
}
