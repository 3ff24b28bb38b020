package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Groups: a bot hears a group only when it is @-mentioned, and may answer the group only within two minutes
 * of its last mention there.
 */
class GroupChatTest {

    private static final String C = Stage.CONTROL;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final Stage stage = new Stage(Emulator.builder().bot(Stage.BOT, Stage.KEY, null)
            .clock(clock)).user("alice").user("bob");

    @AfterEach
    void close() {
        stage.close();
    }

    private JsonNode group(String type) {
        Http.Answer answer = stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT
                + "\",\"users\":[\"alice\",\"bob\"],\"chatType\":\"" + type + "\"}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.json();
    }

    private JsonNode say(String chatId, String from, String body, boolean mention) {
        Http.Answer answer = stage.control.post(C + "/chats/" + chatId + "/messages", "{\"from\":\"" + from
                + "\",\"type\":\"text\",\"body\":\"" + body + "\"" + (mention ? ",\"mention\":\"" + Stage.BOT + "\"" : "")
                + "}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.json().get("message");
    }

    private Http.Answer answerGroup(String chatId, String text) {
        return stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"chatId\":\"" + chatId
                + "\",\"body\":\"" + text + "\"}]}");
    }

    @Test
    void aGroupIsPrivateOrPublicWithAFreshSixtyFourHexIdAndItsParticipants() {
        JsonNode privateGroup = group("private");
        JsonNode publicGroup = group("public");

        assertThat(privateGroup.get("chatId").asText()).matches("[0-9a-f]{64}");
        assertThat(privateGroup.get("chatType").asText()).isEqualTo("private");
        assertThat(publicGroup.get("chatType").asText()).isEqualTo("public");
        assertThat(publicGroup.get("chatId")).isNotEqualTo(privateGroup.get("chatId"));
        assertThat(privateGroup.get("participants")).extracting(JsonNode::asText).containsExactly("alice", "bob");
        assertThat(stage.messages(privateGroup.get("chatId").asText())).as("no start-chatting in a group").isEmpty();
    }

    @Test
    void badGroupsAreRefused() {
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT
                + "\",\"users\":[\"alice\",\"alice\"],\"chatType\":\"private\"}"), "users[1]: 'alice' is named twice");
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT
                + "\",\"users\":[\"alice\",\"zed\"],\"chatType\":\"public\"}"), "users[1]: there is no user 'zed'");
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT
                + "\",\"users\":[\"alice\"],\"chatType\":\"secret\"}"), "chatType: 'secret' is not a chat type");
    }

    @Test
    void theBotReceivesOnlyMessagesThatMentionIt() {
        String chatId = group("private").get("chatId").asText();

        JsonNode unmentioned = say(chatId, "alice", "hi all", false);
        JsonNode mentioned = say(chatId, "bob", "hi bot", true);

        assertThat(unmentioned.get("mention").isNull()).isTrue();
        assertThat(mentioned.get("mention").asText()).isEqualTo(Stage.BOT);
        assertThat(mentioned.get("chatType").asText()).isEqualTo("private");
        assertThat(mentioned.get("participants")).extracting(JsonNode::asText).containsExactly("alice", "bob");
        List<JsonNode> history = toBot(stage.messages(chatId));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("delivery").get("state").asText()).as("stored, never delivered")
                .isEqualTo("not-delivered");
        assertThat(history.get(1).get("delivery").get("state").asText()).isEqualTo("pending");
    }

    private static List<JsonNode> toBot(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false)
                .filter(m -> m.get("direction").asText().equals("to-bot")).toList();
    }

    @Test
    void mentioningAnotherNameIsRefused() {
        String chatId = group("public").get("chatId").asText();

        assertRefused(stage.control.post(C + "/chats/" + chatId + "/messages",
                "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"x\",\"mention\":\"otherbot\"}"),
                "mention: only the group's bot 'echobot' can be mentioned");
    }

    @Test
    void theBotMayAnswerTheGroupOnlyWithinTwoMinutesOfItsLastMention() {
        String chatId = group("private").get("chatId").asText();
        assertRefused(answerGroup(chatId, "too early"),
                "messages[0].chatId: the bot may answer a group only within 2 minutes of being mentioned there,"
                        + " and it was never mentioned in this one");

        say(chatId, "alice", "@bot", true);
        clock.advance(Duration.ofMinutes(2));
        assertThat(answerGroup(chatId, "just in time").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertRefused(answerGroup(chatId, "too late"), "its last mention was 121 s ago");

        say(chatId, "bob", "@bot again", true);
        assertThat(answerGroup(chatId, "welcome back").status()).isEqualTo(200);
    }

    @Test
    void theWindowIsPerGroup() {
        String first = group("private").get("chatId").asText();
        String second = group("private").get("chatId").asText();

        say(first, "alice", "@bot", true);

        assertThat(answerGroup(first, "here").status()).isEqualTo(200);
        assertRefused(answerGroup(second, "not here"), "never mentioned in this one");
    }
}
