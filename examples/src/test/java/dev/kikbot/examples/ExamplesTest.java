package dev.kikbot.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikApi;
import dev.kikbot.api.KikSignature;
import dev.kikbot.api.RecordingServer;
import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.RecordingServer.Request;
import dev.kikbot.api.Wire;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example bots, served for real, against a local stand-in for the Kik API. */
class ExamplesTest {

    private static final String KEY = "7b939d69-e840-4d22-aab8-4188c2198f8a";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private RecordingServer api;
    private Bot bot;
    private BotServer server;

    @BeforeEach
    void startApi() throws Exception {
        api = new RecordingServer();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        api.close();
    }

    private void serve(Function<KikApi, Bot> create) {
        bot = create.apply(KikApi.builder("showcase", KEY).baseUrl(api.url()).build());
        server = bot.serve(0);
    }

    private int post(String... messages) throws Exception {
        String body = "{\"messages\":[" + String.join(",", messages) + "]}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/incoming"))
                .header("X-Kik-Signature", KikSignature.sign(KEY, body))
                .header("X-Kik-Username", "showcase")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private static String incoming(String type, String extra) {
        return "{\"type\":\"" + type + "\",\"from\":\"laura\",\"participants\":[\"laura\"],\"chatId\":\"c1\","
                + "\"id\":\"m1\",\"timestamp\":1439576628405,\"readReceiptRequested\":false" + extra + "}";
    }

    @Test
    void echoBotSendsEveryTextBackToItsSenderInItsChat() throws Exception {
        serve(EchoBot::create);
        assertThat(post(incoming("text", ",\"body\":\"omg r u real?\""))).isEqualTo(200);
        Wire.assertSameJson(api.awaitRequests(1, WAIT).get(0).body(),
                "{\"messages\":[{\"type\":\"text\",\"to\":\"laura\",\"chatId\":\"c1\",\"body\":\"omg r u real?\"}]}");
    }

    @Test
    void showcaseGreetsNewUsersWithEveryKindOfSuggestedResponse() throws Exception {
        serve(ShowcaseBot::create);
        post(incoming("start-chatting", ""));
        String sent = api.awaitRequests(1, WAIT).get(0).body();
        assertThat(Wire.tree(sent).at("/messages/0/body").asText()).startsWith("Hi laura!");
        assertThat(Wire.tree(sent).at("/messages/0/keyboards/0/responses").findValuesAsText("type"))
                .containsExactly("text", "text", "text", "text", "picture", "friend-picker");
    }

    @Test
    void showcaseMarksReadWhenAsked() throws Exception {
        serve(ShowcaseBot::create);
        post(incoming("text", ",\"body\":\"hello\",\"readReceiptRequested\":true").replace(
                "\"readReceiptRequested\":false,", ""));
        List<String> types = Wire.tree(api.awaitRequests(1, WAIT).get(0).body()).findValuesAsText("type");
        assertThat(types.get(0)).isEqualTo("read-receipt");
        assertThat(types).contains("text");
    }

    @Test
    void showcaseSendsALinkWithAttributionAPictureAndAVideo() throws Exception {
        serve(ShowcaseBot::create);
        post(incoming("text", ",\"body\":\"Link\""));
        post(incoming("text", ",\"body\":\"Picture\""));
        post(incoming("text", ",\"body\":\"Video\""));
        List<Request> sent = api.awaitRequests(3, WAIT);
        assertThat(Wire.tree(sent.get(0).body()).at("/messages/0/attribution/name").asText()).isEqualTo("kikbot-java");
        assertThat(Wire.tree(sent.get(1).body()).at("/messages/0/attribution").asText()).isEqualTo("camera");
        assertThat(Wire.tree(sent.get(2).body()).at("/messages/0/videoUrl").asText()).isEqualTo(ShowcaseBot.VIDEO_URL);
    }

    @Test
    void showcaseMakesAKikCodeAndAnswersItsScan() throws Exception {
        serve(ShowcaseBot::create);
        api.answer(Answer.ok("{\"id\":\"ba7a319394f912ccad1ac42770529bd5cb0e9783\"}"));
        post(incoming("text", ",\"body\":\"Kik Code\""));
        List<Request> sent = api.requests();
        assertThat(sent.get(0).path()).isEqualTo("/v1/code");
        // "is typing" goes out while the code is being made, once the reply delay has passed.
        assertThat(sent.stream().flatMap(r -> Wire.tree(r.body()).findValuesAsText("picUrl").stream()))
                .contains(api.url() + "/v1/code/ba7a319394f912ccad1ac42770529bd5cb0e9783?c=1");
        int before = api.requests().size();
        post(incoming("scan-data", ",\"data\":\"{\\\"from\\\": \\\"laura\\\"}\""));
        assertThat(Wire.tree(api.requests().get(before).body()).at("/messages/0/body").asText())
                .isEqualTo("You scanned my code. It says: {\"from\": \"laura\"}");
    }

    @Test
    void showcaseAnswersFriendPicksAndPictureTaps() throws Exception {
        serve(ShowcaseBot::create);
        post(incoming("friend-picker", ",\"picked\":[\"aleem\",\"chris\"],\"metadata\":\"invite\""));
        post(incoming("picture", ",\"picUrl\":\"" + ShowcaseBot.PICTURE_URL + "\",\"metadata\":{\"choice\":\"puppy\"}"));
        List<Request> sent = api.awaitRequests(2, WAIT);
        assertThat(Wire.tree(sent.get(0).body()).at("/messages/0/body").asText()).isEqualTo("You picked aleem, chris.");
        assertThat(Wire.tree(sent.get(1).body()).at("/messages/0/body").asText())
                .isEqualTo("Nice pick: {\"choice\":\"puppy\"}");
    }

    @Test
    void showcaseRegistersItsWebhookAndStaticKeyboard() {
        api.answer(Answer.ok("{\"webhook\":\"https://bot.example/incoming\",\"features\":{}}"));
        Bot configured = ShowcaseBot.builder(KikApi.builder("showcase", KEY).baseUrl(api.url()).build())
                .webhookUrl("https://bot.example/incoming").build();
        configured.updateConfiguration();
        configured.close();
        assertThat(Wire.tree(api.requests().get(0).body()).at("/staticKeyboard/responses").size()).isEqualTo(6);
    }

    @Test
    void theReadmeShowsTheEchoBotInFull() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/dev/kikbot/examples/EchoBot.java"));
        assertThat(readme).contains("```java\n" + source + "```");
    }

    @Test
    void theReadmeShowsTheEchoBotsTestInFull() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/java/dev/kikbot/examples/EchoBotTest.java"));
        assertThat(readme).contains("## Test a bot with kik-testkit").contains("```java\n" + source + "```");
    }

    @Test
    void settingsComeFromArgumentsThenEnvironment() {
        Settings fromArgs = Settings.from(new String[] {"--username", "echo", "--api-key", "k", "--port", "9000"},
                Map.of("KIK_API_URL", "http://localhost:8080", "KIK_BOT_USERNAME", "ignored"));
        assertThat(fromArgs).isEqualTo(new Settings("echo", "k", "http://localhost:8080", "127.0.0.1", 9000,
                java.util.Optional.empty()));
        assertThat(fromArgs.toString()).doesNotContain("api-key").doesNotContain(", k,");
        Settings fromEnv = Settings.from(new String[0], Map.of("KIK_BOT_USERNAME", "echo", "KIK_API_KEY", "k",
                "KIK_WEBHOOK_URL", "https://bot.example/incoming"));
        assertThat(fromEnv.apiUrl()).isEqualTo("https://api.kik.com");
        assertThat(fromEnv.port()).isEqualTo(8080);
        assertThat(Settings.from(new String[] {"--host", "0.0.0.0"}, Map.of("KIK_BOT_USERNAME", "a", "KIK_API_KEY", "b"))
                .host()).isEqualTo("0.0.0.0");
        assertThat(fromEnv.webhook()).contains("https://bot.example/incoming");
        assertThatThrownBy(() -> Settings.from(new String[0], Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--username NAME --api-key KEY");
        assertThatThrownBy(() -> Settings.from(new String[] {"--port", "x"}, Map.of("KIK_BOT_USERNAME", "a",
                "KIK_API_KEY", "b"))).hasMessage("--port must be a number, was 'x'");
    }
}
