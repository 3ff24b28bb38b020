package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Junk to every endpoint that takes a body: always a 4xx with a JSON reason, never a 500 or a stack trace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /** Not a JSON object at all: junk to every endpoint. */
    private static final List<String> NOT_AN_OBJECT = List.of("", "nonsense", "{\"unclosed\":", "null", "42", "[]",
            "\"text\"");
    /** JSON objects that are wrong for one endpoint. */
    private static final Map<String, List<String>> WRONG = Map.of(
            "/v1/message", List.of("{}", "{\"messages\":null}", "{\"messages\":[1]}",
                    "{\"messages\":[{\"type\":5}]}", "{\"messages\":[{\"type\":\"text\",\"to\":[\"a\"]}]}"),
            "/v1/broadcast", List.of("{}", "{\"messages\":[]}", "{\"messages\":[{\"type\":\"link\",\"to\":\"alice\"}]}"),
            "/v1/config", List.of("{\"webhook\":{},\"features\":[]}", "{\"staticKeyboard\":\"x\"}",
                    "{\"staticKeyboard\":{\"type\":\"suggested\",\"responses\":7}}", "{\"webhook\":\"not a url\"}"),
            "/v1/code", List.of("{\"data\":[]}", "{\"data\":7}"),
            Stage.CONTROL + "/bots", List.of("{}", "{\"username\":\"\"}", "{\"username\":7}",
                    "{\"username\":\"okbot\",\"webhook\":\"nope\"}"),
            Stage.CONTROL + "/users", List.of("{}", "{\"username\":\"\",\"firstName\":\"\"}",
                    "{\"username\":\"zed\",\"firstName\":\"Z\"}"),
            Stage.CONTROL + "/chats", List.of("{}", "{\"bot\":[],\"users\":{}}",
                    "{\"bot\":\"echobot\",\"users\":[\"alice\"],\"chatType\":\"secret\"}",
                    "{\"bot\":\"echobot\",\"users\":[\"alice\",\"alice\"],\"chatType\":\"public\"}"),
            Stage.CONTROL + "/chats/CHAT/messages", List.of("{}", "{\"from\":7,\"type\":true}",
                    "{\"from\":\"alice\",\"type\":\"picture\",\"picUrl\":{}}",
                    "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"x\",\"keyboards\":\"no\"}",
                    "{\"from\":\"alice\",\"type\":\"friend-picker\",\"picked\":[]}"));

    private Stage stage;
    private String chat;

    @BeforeAll
    void start() {
        stage = Stage.start();
        chat = stage.user("alice").chat("alice");
    }

    @AfterAll
    void close() {
        stage.close();
    }

    Stream<Arguments> junk() {
        return WRONG.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(endpoint ->
                Stream.concat(NOT_AN_OBJECT.stream(), endpoint.getValue().stream())
                        .map(body -> Arguments.of(endpoint.getKey(), body)));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("junk")
    void isRefusedWithAReason(String path, String body) {
        Http.Answer answer = stage.bot.post(path.replace("CHAT", chat), body);

        assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
        assertThat(answer.json().get("error").asText()).isNotEmpty();
        assertThat(answer.json().get("message").asText()).isNotEmpty().doesNotContain("\tat ");
    }
}
