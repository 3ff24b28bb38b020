package dev.kikbot.api;

import static dev.kikbot.api.Wire.assertSameJson;
import static dev.kikbot.api.Wire.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.RecordingServer.Request;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a real local HTTP server: kik-python's test_api.py and kik-node's client cases
 * (spec §10.1, §10.2), with paths, auth, bodies and error mapping checked on the recorded requests.
 */
class KikApiTest {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("mybotusername:mybotapikey".getBytes(StandardCharsets.UTF_8));

    private RecordingServer server;
    private KikApi kik;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        kik = KikApi.builder("mybotusername", "mybotapikey").baseUrl(server.url())
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Request onlyRequest() {
        assertThat(server.requests()).hasSize(1);
        return server.requests().get(0);
    }

    private static List<Message> texts(String to, int count) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(TextMessage.builder().to(to).body(to + " " + i).build());
        }
        return messages;
    }

    @Test
    void sendMessagesPostsTheEnvelopeWithBasicAuthAndJsonContentType() {
        kik.sendMessages(List.of(TextMessage.builder().to("aleem").body("Sometext").build()));
        Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/message");
        assertThat(request.header("Authorization")).isEqualTo(AUTH);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"messages\":[{\"type\":\"text\",\"to\":\"aleem\",\"body\":\"Sometext\"}]}");
        assertSameJson(request.body(), file("outgoing/send-messages-body.json"));
    }

    @Test
    void sendBroadcastPostsToTheBroadcastPath() {
        kik.sendBroadcast(List.of(TextMessage.builder().to("aleem").body("Sometext").build()));
        Request request = onlyRequest();
        assertThat(request.path()).isEqualTo("/v1/broadcast");
        assertThat(request.header("Authorization")).isEqualTo(AUTH);
        assertSameJson(request.body(), file("outgoing/send-messages-body.json"));
    }

    @Test
    void sendFailureCarriesStatusBodyAndError() {
        server.answer(Answer.status(400, "{\"error\":\"BadRequest\"}"));
        assertThatThrownBy(() -> kik.sendMessages(texts("aleem", 1)))
                .isInstanceOfSatisfying(KikApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.body()).isEqualTo("{\"error\":\"BadRequest\"}");
                    assertThat(e.error()).contains("BadRequest");
                    assertThat(e.errorMessage()).isEmpty();
                    assertThat(e.path()).isEqualTo("/v1/message");
                })
                .hasMessage("POST /v1/message failed with HTTP 400: BadRequest");
    }

    @Test
    void broadcastFailureAndTheErrorMessageField() {
        server.answer(Answer.status(401, "{\"error\":\"Unauthorized\",\"message\":\"Bad API key\"}"));
        assertThatThrownBy(() -> kik.sendBroadcast(texts("aleem", 1)))
                .isInstanceOfSatisfying(KikApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.error()).contains("Unauthorized");
                    assertThat(e.errorMessage()).contains("Bad API key");
                })
                .hasMessage("POST /v1/broadcast failed with HTTP 401: Unauthorized - Bad API key");
    }

    @Test
    void nonJsonErrorBodyIsKeptAsText() {
        server.answer(Answer.status(502, "<html>Bad Gateway</html>"));
        assertThatThrownBy(() -> kik.getConfiguration())
                .isInstanceOfSatisfying(KikApiException.class, e -> {
                    assertThat(e.body()).isEqualTo("<html>Bad Gateway</html>");
                    assertThat(e.error()).isEmpty();
                });
    }

    @Test
    void getUserReadsTheProfile() {
        server.answer(Answer.ok("{\"firstName\":\"Gwendolyn\",\"lastName\":\"Ferguson\",\"profilePicUrl\":"
                + "\"https://cdn.kik.com/user/pic/gwen\",\"profilePicLastModified\":1458657367,\"timezone\":\"America/Toronto\"}"));
        User user = kik.getUser("aleem");
        Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v1/user/aleem");
        assertThat(request.header("Authorization")).isEqualTo(AUTH);
        assertThat(request.header("Content-Type")).isNull();
        assertThat(request.body()).isEmpty();
        assertThat(user.firstName()).isEqualTo("Gwendolyn");
        assertThat(user.lastName()).isEqualTo("Ferguson");
        assertThat(user.profilePicUrl()).contains("https://cdn.kik.com/user/pic/gwen");
        assertThat(user.profilePicLastModified()).hasValue(1458657367L);
        assertThat(user.timezone()).contains("America/Toronto");
    }

    @Test
    void getUserFailures() {
        server.answer(Answer.status(400, "{\"error\":\"BadRequest\"}"), Answer.status(404, "{\"error\":\"NotFound\"}"));
        assertThatThrownBy(() -> kik.getUser("aleem")).isInstanceOfSatisfying(KikApiException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> kik.getUser("nobody")).isInstanceOfSatisfying(KikApiException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void getUserRejectsAnInvalidUsernameWithoutARequest() {
        assertThatThrownBy(() -> kik.getUser("../config")).isInstanceOfSatisfying(KikValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("username"));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void createCodeWithAMapEncodesItIntoTheDataStringAsKikPythonDoes() {
        server.answer(Answer.ok("{\"id\":\"ba7a319394f912ccad1ac42770529bd5cb0e9783\"}"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("akey", "avalue");
        Code code = kik.createCode(data);
        Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/code");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertSameJson(request.body(), "{\"data\": \"{\\\"akey\\\": \\\"avalue\\\"}\"}");
        assertThat(code.id()).isEqualTo("ba7a319394f912ccad1ac42770529bd5cb0e9783");
        assertThat(code.url()).isEqualTo(server.url() + "/v1/code/ba7a319394f912ccad1ac42770529bd5cb0e9783");
    }

    @Test
    void mapDataFollowsPythonsJsonDumps() {
        server.always(Answer.ok("{\"id\":\"x1\"}"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("store", "é");
        data.put("ids", List.of(1, 2));
        kik.createCode(data);
        assertThat(Wire.tree(onlyRequest().body()).get("data").textValue())
                .isEqualTo("{\"store\": \"\\u00e9\", \"ids\": [1, 2]}");
    }

    @Test
    void createCodeWithoutDataSendsAnEmptyObject() {
        server.answer(Answer.ok("{\"id\":\"abc\"}"));
        kik.createCode();
        assertThat(onlyRequest().body()).isEqualTo("{}");
    }

    @Test
    void createCodeWithAStringSendsItAsIs() {
        server.answer(Answer.ok("{\"id\":\"54bd91bf\"}"));
        assertThat(kik.createCode("foobar").id()).isEqualTo("54bd91bf");
        assertThat(onlyRequest().body()).isEqualTo("{\"data\":\"foobar\"}");
    }

    @Test
    void createCodeFailureAndAnAnswerWithoutId() {
        server.answer(Answer.status(400, "{\"error\":\"BadRequest\"}"), Answer.ok("{}"));
        assertThatThrownBy(() -> kik.createCode()).isInstanceOf(KikApiException.class);
        assertThatThrownBy(() -> kik.createCode()).isInstanceOf(KikParseException.class)
                .hasMessage("POST /v1/code: the answer has no id: {}");
    }

    @Test
    void getConfigurationParsesWebhookFeaturesAndStaticKeyboard() {
        server.answer(Answer.ok("{\"webhook\":\"https://example.com/incoming\",\"features\":{\"manuallySendReadReceipts\":true},"
                + "\"staticKeyboard\":{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"foo\"}]}}"));
        Configuration config = kik.getConfiguration();
        Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v1/config");
        assertThat(config.webhook()).contains("https://example.com/incoming");
        assertThat(config.features().manuallySendReadReceipts()).isTrue();
        assertThat(config.staticKeyboard()).contains(SuggestedResponseKeyboard.of(TextResponse.of("foo")));
    }

    @Test
    void setConfigurationPostsItAndReadsWhatTheServerStored() {
        String stored = "{\"webhook\":\"https://example.com/incoming\",\"features\":{\"manuallySendReadReceipts\":true},"
                + "\"staticKeyboard\":{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"foo\"}]}}";
        server.answer(Answer.ok(stored));
        Configuration config = Configuration.builder().webhook("https://example.com/incoming")
                .features(Features.builder().manuallySendReadReceipts(true).build())
                .staticKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("foo"))).build();
        assertThat(kik.setConfiguration(config)).isEqualTo(Configuration.fromJson(stored));
        Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/config");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertSameJson(request.body(), stored);
    }

    @Test
    void setConfigurationNeedsAWebhook() {
        assertThatThrownBy(() -> kik.setConfiguration(Configuration.builder().build()))
                .isInstanceOf(KikValidationException.class).hasMessage("Invalid: webhook: is required");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void invalidMessagesFailBeforeAnyRequest() {
        assertThatThrownBy(() -> kik.sendMessages(List.of(TextMessage.builder().to("aleem").body("ok").build(),
                PictureMessage.builder().to("aleem").build())))
                .isInstanceOfSatisfying(KikValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(1, "picUrl", "is required")));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aNullMessageIsAViolationNotAnNpe() {
        List<Message> withNull = new ArrayList<>(texts("aleem", 1));
        withNull.add(null);
        assertThatThrownBy(() -> kik.sendMessages(withNull)).isInstanceOfSatisfying(KikValidationException.class,
                e -> assertThat(e.violations()).containsExactly(new Violation(1, "message", "must not be null")));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anEmptySendMakesNoRequest() {
        kik.sendMessages(List.of());
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void moreThanFivePerRecipientAreSplitKeepingTheirOrder() {
        List<Message> messages = texts("aleem", 12);
        kik.sendMessages(messages);
        List<Request> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/message"));
        assertThat(requests.get(0).body()).isEqualTo(dev.kikbot.api.message.Messages.toJson(messages.subList(0, 5)));
        assertThat(requests.get(1).body()).isEqualTo(dev.kikbot.api.message.Messages.toJson(messages.subList(5, 10)));
        assertThat(requests.get(2).body()).isEqualTo(dev.kikbot.api.message.Messages.toJson(messages.subList(10, 12)));
    }

    @Test
    void atMostTwentyFiveMessagesPerRequest() {
        List<Message> messages = new ArrayList<>();
        for (int user = 0; user < 13; user++) {
            messages.addAll(texts("user" + user, 2));
        }
        kik.sendMessages(messages);
        assertThat(server.requests()).extracting(r -> Wire.tree(r.body()).get("messages").size())
                .containsExactly(25, 1);
    }

    @Test
    void broadcastsAreSentInHundreds() {
        List<Message> messages = new ArrayList<>();
        for (int user = 0; user < 51; user++) {
            messages.addAll(texts("user" + user, 2));
        }
        kik.sendBroadcast(messages);
        assertThat(server.requests()).extracting(r -> Wire.tree(r.body()).get("messages").size())
                .containsExactly(100, 2);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/broadcast"));
    }

    @Test
    void aFailureAfterAcceptedRequestsTellsWhatWasAcceptedAndWhatNot() {
        server.answer(Answer.ok("{}"), Answer.status(400, "{\"error\":\"BadRequest\"}"));
        List<Message> messages = texts("aleem", 12);
        assertThatThrownBy(() -> kik.sendMessages(messages))
                .isInstanceOfSatisfying(KikPartialSendException.class, e -> {
                    assertThat(e.accepted()).containsExactlyElementsOf(messages.subList(0, 5));
                    assertThat(e.notSent()).containsExactlyElementsOf(messages.subList(5, 12));
                    assertThat(e.getCause()).isInstanceOf(KikApiException.class);
                    assertThat(((KikApiException) e.getCause()).statusCode()).isEqualTo(400);
                })
                .hasMessageStartingWith("5 message(s) accepted, 7 not sent: POST /v1/message failed with HTTP 400");
        assertThat(server.requests()).as("the request after the failed one is not made").hasSize(2);
    }

    @Test
    void aFailedFirstRequestThrowsItsOwnFailure() {
        server.answer(Answer.status(400, "{\"error\":\"BadRequest\"}"));
        assertThatThrownBy(() -> kik.sendMessages(texts("aleem", 12))).isExactlyInstanceOf(KikApiException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void asyncCallsCompleteAndFailWithTheSameExceptions() {
        server.answer(Answer.ok("{}"), Answer.status(400, "{\"error\":\"BadRequest\"}"));
        assertThat(kik.sendMessagesAsync(texts("aleem", 1)).join()).isNull();
        assertThatThrownBy(() -> kik.getConfigurationAsync().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(KikApiException.class);
        assertThatThrownBy(() -> kik.sendMessagesAsync(List.of(TextMessage.builder().build())).join())
                .hasCauseInstanceOf(KikValidationException.class);
    }

    @Test
    void baseUrlWithATrailingSlashAndToStringWithoutTheKey() {
        KikApi api = KikApi.builder("mybotusername", "mybotapikey").baseUrl(server.url() + "/").build();
        api.sendMessages(texts("aleem", 1));
        assertThat(onlyRequest().path()).isEqualTo("/v1/message");
        assertThat(api.toString()).doesNotContain("mybotapikey").contains("mybotusername");
        assertThat(api.baseUrl()).hasToString(server.url());
    }

    @Test
    void aGivenExecutorRunsTheClientsWork() {
        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            KikApi api = KikApi.builder("mybotusername", "mybotapikey").baseUrl(server.url())
                    .executor(task -> {
                        tasks.incrementAndGet();
                        pool.execute(task);
                    }).build();
            api.sendMessages(texts("aleem", 1));
            assertThat(tasks.get()).isPositive();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aGivenHttpClientIsUsed() {
        java.net.http.HttpClient shared = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        KikApi api = KikApi.builder("mybotusername", "mybotapikey").baseUrl(server.url()).httpClient(shared).build();
        server.answer(Answer.ok("{\"webhook\":\"https://a.b/c\",\"features\":{}}"));
        assertThat(api.getConfiguration().webhook()).contains("https://a.b/c");
        assertThat(onlyRequest().header("Authorization")).isEqualTo(AUTH);
    }

    @Test
    void builderRejectsBadCredentialsAndUrls() {
        assertThatThrownBy(() -> KikApi.builder("abc-123", "key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'abc-123' is not a valid bot username");
        assertThatThrownBy(() -> KikApi.builder("mybot", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KikApi.builder("mybot", "key").baseUrl("ftp://x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KikApi.builder("mybot", "key").requestTimeout(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
