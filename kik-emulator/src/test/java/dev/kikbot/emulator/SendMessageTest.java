package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/message} and {@code /v1/broadcast}: accepted messages are stored with their Bot API JSON
 * and CoreMessage; a request that breaks any rule is refused whole, with a message that names the message
 * index, the field and the rule.
 */
class SendMessageTest {

    private final Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, null)
            .rateLimits(RateLimits.off()));
    private final String alice = stage.user("alice").user("bob").user("carol").chat("alice");

    @AfterEach
    void close() {
        stage.close();
    }

    @Test
    void anAcceptedMessageIsAnswered200EmptyAndStoredWithItsCoreMessage() {
        Http.Answer answer = stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"body\":\"Hi\","
                + "\"keyboards\":[{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"Yes\"}]}]}]}");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{}");
        JsonNode last = last(stage.messages(alice));
        assertThat(last.get("direction").asText()).isEqualTo("from-bot");
        assertThat(last.get("message").get("body").asText()).isEqualTo("Hi");
        assertThat(last.get("message").get("chatId").asText()).isEqualTo(alice);
        assertThat(last.get("message").get("id").asText()).hasSize(36);
        assertThat(last.get("coreMessage").get("keyboardAttachment").toString()).contains("Yes");
    }

    @Test
    void twentySixMessagesAreRefused() {
        Http.Answer answer = stage.send(messages(26, i -> "alice"));

        assertRefused(answer, "messages: at most 25 messages per request, not 26");
    }

    @Test
    void aSixthMessageToOneRecipientIsRefusedByIndex() {
        Http.Answer answer = stage.send(messages(6, i -> "alice"));

        assertRefused(answer, "messages[5].to: at most 5 messages to one recipient per request");
    }

    @Test
    void aBroadcastTakesOneHundredButNotOneHundredAndOne() {
        stage.chat("bob");
        assertThat(stage.bot.post("/v1/broadcast", messages(100, i -> i % 2 == 0 ? "alice" : "bob")).status())
                .isEqualTo(200);

        assertRefused(stage.bot.post("/v1/broadcast", messages(101, i -> "alice")),
                "messages: at most 100 messages per request, not 101");
    }

    @Test
    void aRecipientWhoNeverChattedWithTheBotIsRefused() {
        assertRefused(stage.send(text("carol", "hi")), "messages[0].to: 'carol' has not chatted with this bot");
    }

    @Test
    void aChatIdOfAnotherChatIsRefused() {
        String bobs = stage.chat("bob");

        assertRefused(stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"chatId\":\"" + bobs
                + "\",\"body\":\"hi\"}]}"), "messages[0].chatId: '" + bobs + "' is not a chat of this bot");
    }

    @Test
    void aKeyboardWithOneHundredAndOneResponsesIsRefusedAsKiksSchemaRefusesIt() {
        String responses = IntStream.range(0, 101).mapToObj(i -> "{\"type\":\"text\",\"body\":\"r" + i + "\"}")
                .collect(Collectors.joining(","));

        Http.Answer answer = stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"body\":\"pick\","
                + "\"keyboards\":[{\"type\":\"suggested\",\"responses\":[" + responses + "]}]}]}");

        assertRefused(answer, "messages[0].keyboard_attachment");
        assertThat(answer.json().get("message").asText()).contains("responses");
    }

    @Test
    void missingFieldsAndIncomingOnlyTypesAreRefusedTogetherAndNothingIsStored() {
        int before = stage.messages(alice).size();

        Http.Answer answer = stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"body\":\"fine\"},"
                + "{\"type\":\"text\",\"to\":\"alice\"},{\"type\":\"start-chatting\",\"to\":\"alice\"},"
                + "{\"type\":\"hologram\",\"to\":\"alice\"}]}");

        assertRefused(answer, "messages[1].body: is required");
        assertThat(answer.json().get("message").asText())
                .contains("messages[2].type: 'start-chatting' is an incoming-only type")
                .contains("messages[3].type: 'hologram' is not a type bots can send");
        assertThat(stage.messages(alice)).hasSize(before);
    }

    @Test
    void junkAndWrongTypesAre400WithAReason() {
        assertRefused(stage.send("{not json"), "Malformed JSON");
        assertRefused(stage.send("[]"), "must be a JSON object");
        assertRefused(stage.send("{\"messages\":{}}"), "messages: is required");
        assertRefused(stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"body\":7}]}"), "body");
    }

    @Test
    void aMessageWhoseIdWasAcceptedIsNotStoredTwice() {
        String once = "{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"body\":\"once\","
                + "\"id\":\"8e7fc0ad-36aa-43dd-8c5f-e72f5f2ed7e0\"}]}";
        int before = stage.messages(alice).size();

        assertThat(stage.send(once).status()).isEqualTo(200);
        assertThat(stage.send(once).status()).isEqualTo(200);

        assertThat(stage.messages(alice)).hasSize(before + 1);
    }

    @Test
    void aBroadcastGoesToEachRecipientsDirectChat() {
        String bobs = stage.chat("bob");

        assertThat(stage.bot.post("/v1/broadcast", messages(2, i -> i == 0 ? "alice" : "bob")).status())
                .isEqualTo(200);

        assertThat(last(stage.messages(alice)).get("message").get("to").asText()).isEqualTo("alice");
        assertThat(last(stage.messages(bobs)).get("message").get("to").asText()).isEqualTo("bob");
    }

    static String text(String to, String body) {
        return "{\"messages\":[{\"type\":\"text\",\"to\":\"" + to + "\",\"body\":\"" + body + "\"}]}";
    }

    static String messages(int count, java.util.function.IntFunction<String> to) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"type\":\"text\",\"to\":\"" + to.apply(i) + "\",\"body\":\"m" + i + "\"}")
                .collect(Collectors.joining(",", "{\"messages\":[", "]}"));
    }

    static JsonNode last(JsonNode messages) {
        return messages.get(messages.size() - 1);
    }

    static void assertRefused(Http.Answer answer, String reason) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("BadRequest");
        assertThat(answer.json().get("message").asText()).contains(reason);
        assertThat(Collections.singleton(answer.body())).noneMatch(body -> body.contains("Exception"));
    }
}
