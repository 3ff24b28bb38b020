package dev.kikbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.bot.Harness.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Kik Code route answers from a cache of created codes and never holds a thread on the API. */
class KikCodeRouteTest {

    private static WebhookRequest get(String path) {
        return new WebhookRequest("GET", path, Map.of(), new byte[0], "test");
    }

    @Test
    void aDataCodeIsCreatedOnceAndServedFromTheCache() {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b)) {
            h.api.always(Answer.ok("{\"id\":\"2b4cd3\"}"));
            var first = h.request("GET", "/kik-code.png?data=promo&size=200");
            var second = h.request("GET", "/kik-code.png?data=promo&size=200");
            assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(302, 302);
            assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("2b4cd3"));
            assertThat(h.api.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/v1/code"));
        }
    }

    @Test
    void waitingForTheApiHoldsNoThreadAndAFailureIsNotKept() throws Exception {
        CountDownLatch apiMayAnswer = new CountDownLatch(1);
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b)) {
            h.api.answerWith(request -> {
                try {
                    apiMayAnswer.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Answer.status(500, "{}");
            });
            CompletableFuture<WebhookResponse> waiting = h.bot.webhook().handleAsync(get("/kik-code.png?data=x"));
            assertThat(waiting).as("handleAsync returned while the API is still working").isNotDone();
            apiMayAnswer.countDown();
            assertThat(waiting.get(10, TimeUnit.SECONDS).status()).isEqualTo(502);
            h.api.always(Answer.ok("{\"id\":\"abc\"}")).answerWith(request -> Answer.ok("{\"id\":\"abc\"}"));
            assertThat(h.bot.webhook().handleAsync(get("/kik-code.png?data=x")).get(10, TimeUnit.SECONDS).status())
                    .as("the failure was not cached").isEqualTo(302);
        }
    }
}
