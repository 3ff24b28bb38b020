package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A tap on a suggested response reaches the bot as what Kik sent for it: text, picture or friend-picker,
 * with the response's metadata; only what the keyboard offered that user can be tapped.
 */
class TapTest {

    private static final String C = Stage.CONTROL;
    private static final String KEYBOARDS = "[{\"type\":\"suggested\",\"to\":\"alice\",\"responses\":["
            + "{\"type\":\"text\",\"body\":\"Yes\",\"metadata\":{\"answer\":1}},"
            + "{\"type\":\"picture\",\"picUrl\":\"http://pics.example/cat.png\",\"metadata\":\"cat\"},"
            + "{\"type\":\"friend-picker\",\"body\":\"Pick\",\"min\":1,\"max\":2}]},"
            + "{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"For everyone else\"}]}]";

    private final Stage stage = Stage.start().user("alice").user("bob").user("carol");
    private final String chat = stage.chat("alice");

    @AfterEach
    void close() {
        stage.close();
    }

    private void botSends(String id, String to, String keyboards) {
        Http.Answer sent = stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"" + to + "\",\"id\":\"" + id
                + "\",\"chatId\":\"" + chat + "\",\"body\":\"Well?\",\"keyboards\":" + keyboards + "}]}");
        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
    }

    private Http.Answer tap(String chatId, String body) {
        return stage.control.post(C + "/chats/" + chatId + "/taps", body);
    }

    private JsonNode tapped(String body) {
        Http.Answer answer = tap(chat, body);
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.json().get("message");
    }

    @Test
    void aTextResponseArrivesAsATextMessageWithItsMetadata() {
        botSends("m1", "alice", KEYBOARDS);

        JsonNode message = tapped("{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":0}");

        assertThat(message.get("type").asText()).isEqualTo("text");
        assertThat(message.get("body").asText()).isEqualTo("Yes");
        assertThat(message.get("metadata").get("answer").asInt()).isEqualTo(1);
        assertThat(message.get("from").asText()).isEqualTo("alice");
        assertThat(message.get("chatType").asText()).isEqualTo("direct");
        assertThat(SendMessageTest.last(stage.messages(chat)).get("byPlatform")).isNotNull(); // no webhook yet
    }

    @Test
    void aPictureResponseArrivesAsAPictureMessageWithItsMetadata() {
        botSends("m1", "alice", KEYBOARDS);

        JsonNode message = tapped("{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":1}");

        assertThat(message.get("type").asText()).isEqualTo("picture");
        assertThat(message.get("picUrl").asText()).isEqualTo("http://pics.example/cat.png");
        assertThat(message.get("metadata").asText()).isEqualTo("cat");
    }

    @Test
    void aFriendPickerArrivesWithThePickedUsersWithinItsLimits() {
        botSends("m1", "alice", KEYBOARDS);

        JsonNode message = tapped("{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":2,\"picked\":[\"bob\",\"carol\"]}");

        assertThat(message.get("type").asText()).isEqualTo("friend-picker");
        assertThat(message.get("picked")).extracting(JsonNode::asText).containsExactly("bob", "carol");
        String tooMany = "{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":2,\"picked\":[\"bob\",\"carol\",\"alice\"]}";
        assertRefused(tap(chat, tooMany), "picked: the friend picker takes 1 to 2 users, not 3");
        assertRefused(tap(chat, "{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":2,\"picked\":[]}"),
                "not 0");
        assertRefused(tap(chat, "{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":2,\"picked\":[\"ghost\"]}"),
                "picked[0]: there is no user 'ghost'");
    }

    @Test
    void aUserIsOfferedTheKeyboardAddressedToThemElseTheOneToEveryone() {
        botSends("m1", "alice", "[{\"type\":\"suggested\",\"to\":\"bob\",\"responses\":[{\"type\":\"text\",\"body\":\"Bob's\"}]},"
                + "{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"Anyone's\"}]}]");

        assertThat(tapped("{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":0}").get("body").asText())
                .isEqualTo("Anyone's");
    }

    @Test
    void aTapTheKeyboardDidNotOfferIsRefused() {
        botSends("m1", "alice", KEYBOARDS);
        botSends("m2", "alice", "[{\"type\":\"suggested\",\"to\":\"bob\",\"responses\":[{\"type\":\"text\",\"body\":\"B\"}]}]");

        assertRefused(tap(chat, "{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":3}"),
                "response: the keyboard offered 'alice' 3 responses (0 to 2), not 3");
        assertRefused(tap(chat, "{\"from\":\"alice\",\"messageId\":\"m2\",\"response\":0}"),
                "messageId: message 'm2' offers 'alice' no keyboard");
        assertRefused(tap(chat, "{\"from\":\"alice\",\"messageId\":\"nope\",\"response\":0}"),
                "messageId: the bot sent no message 'nope' in this chat");
        assertRefused(tap(chat, "{\"from\":\"bob\",\"messageId\":\"m1\",\"response\":0}"), "from: 'bob' is not in chat");
        assertRefused(tap(chat, "{\"from\":\"alice\",\"messageId\":\"m1\",\"response\":-1}"), "response: is required");
        assertRefused(tap(chat, "{\"from\":\"alice\",\"response\":0}"), "messageId: is required; only in a group");
    }

    @Test
    void inAGroupTheStaticKeyboardIsOfferedAndTheTapMentionsTheBot() {
        assertThat(stage.bot.post("/v1/config", "{\"features\":{},"
                + "\"staticKeyboard\":{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"Play\","
                + "\"metadata\":\"game\"}]}}").status()).isEqualTo(200);
        Http.Answer group = stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT
                + "\",\"users\":[\"alice\",\"bob\"],\"chatType\":\"public\"}");
        String groupId = group.json().get("chatId").asText();

        Http.Answer answer = tap(groupId, "{\"from\":\"bob\",\"response\":0}");

        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        JsonNode message = answer.json().get("message");
        assertThat(message.get("body").asText()).isEqualTo("Play");
        assertThat(message.get("metadata").asText()).isEqualTo("game");
        assertThat(message.get("mention").asText()).isEqualTo(Stage.BOT);
        assertThat(message.get("chatType").asText()).isEqualTo("public");
    }
}
