package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The control API's contract: its paths, its JSON shapes, and a reason for every bad request. */
class ControlApiTest {

    private static final String C = Stage.CONTROL;
    private final Stage stage = Stage.start();

    @AfterEach
    void close() {
        stage.close();
    }

    @Test
    void botsAreRegisteredWithAUuidKeyWhenNoneIsGiven() {
        Http.Answer created = stage.control.post(C + "/bots", "{\"username\":\"newbot\",\"webhook\":\"http://h/in\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("username").asText()).isEqualTo("newbot");
        assertThat(created.json().get("apiKey").asText())
                .matches("(?i)^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$");
        assertThat(created.json().get("webhook").asText()).isEqualTo("http://h/in");
        assertThat(stage.control.get(C + "/bots/newbot").json()).isEqualTo(created.json());
        assertThat(stage.control.get(C + "/bots").json().get("bots")).hasSize(2);
    }

    @Test
    void badBotsAreRefused() {
        assertThat(stage.control.post(C + "/bots", "{\"username\":\"" + Stage.BOT + "\"}").status()).isEqualTo(409);
        assertRefused(stage.control.post(C + "/bots", "{\"username\":\"a-b\"}"), "username: 'a-b' is not a valid");
        assertRefused(stage.control.post(C + "/bots", "{\"apiKey\":\"k\"}"), "username: is required");
        assertThat(stage.control.get(C + "/bots/ghost").status()).isEqualTo(404);
    }

    @Test
    void usersAreCreatedAndListed() {
        Http.Answer created = stage.control.post(C + "/users",
                "{\"username\":\"alice\",\"firstName\":\"Alice\",\"lastName\":\"Liddell\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("profilePicUrl").isNull()).isTrue();
        assertThat(stage.control.get(C + "/users").json().get("users").get(0).get("firstName").asText())
                .isEqualTo("Alice");
        assertThat(stage.control.post(C + "/users", "{\"username\":\"alice\",\"firstName\":\"A\",\"lastName\":\"L\"}")
                .status()).isEqualTo(409);
        assertRefused(stage.control.post(C + "/users", "{\"username\":\"bob\",\"firstName\":5,\"lastName\":\"L\"}"),
                "firstName: must be a string");
        assertRefused(stage.control.post(C + "/users", "{\"username\":\"bob\",\"firstName\":\"B\",\"lastName\":\"L\","
                + "\"timezone\":\"Mars/Olympus\"}"), "timezone");
    }

    @Test
    void aDirectChatHasAStableSixtyFourHexIdAndIsFoundAgain() {
        stage.user("alice");

        Http.Answer first = stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT + "\",\"users\":[\"alice\"]}");
        Http.Answer again = stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT + "\",\"users\":[\"alice\"]}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("chatId").asText()).matches("[0-9a-f]{64}");
        assertThat(first.json().get("chatType").asText()).isEqualTo("direct");
        assertThat(first.json().get("bot").asText()).isEqualTo(Stage.BOT);
        assertThat(first.json().get("participants").get(0).asText()).isEqualTo("alice");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(stage.control.get(C + "/chats?bot=" + Stage.BOT + "&user=alice").json().get("chats"))
                .containsExactly(first.json());
        assertThat(stage.control.get(C + "/chats?user=nobody").json().get("chats")).isEmpty();
    }

    @Test
    void aUsersFirstChatGreetsTheBotWithStartChatting() {
        String chat = stage.user("alice").chat("alice");

        JsonNode first = stage.messages(chat).get(0);

        assertThat(first.get("direction").asText()).isEqualTo("to-bot");
        assertThat(first.get("message").get("type").asText()).isEqualTo("start-chatting");
        assertThat(first.get("message").get("from").asText()).isEqualTo("alice");
        assertThat(first.get("delivery").get("state").asText()).isEqualTo("pending");
    }

    @Test
    void badChatsAreRefused() {
        stage.user("alice");
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"ghost\",\"users\":[\"alice\"]}"), "bot:");
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT + "\",\"users\":[\"zed\"]}"), "users[0]");
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT + "\",\"users\":[\"alice\",\"bob\"]}"),
                "users:");
        assertRefused(stage.control.post(C + "/chats", "{\"bot\":\"" + Stage.BOT + "\",\"users\":\"alice\"}"), "users:");
    }

    @Test
    void aUsersMessageIsAnsweredWithWhatTheWebhookWillReceive() {
        String chat = stage.user("alice").chat("alice");

        Http.Answer said = stage.control.post(C + "/chats/" + chat + "/messages",
                "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"hi\"}");

        assertThat(said.status()).isEqualTo(201);
        JsonNode message = said.json().get("message");
        assertThat(message.get("id").asText()).hasSize(36);
        assertThat(message.get("chatId").asText()).isEqualTo(chat);
        assertThat(message.get("participants").get(0).asText()).isEqualTo("alice");
        assertThat(message.get("readReceiptRequested").asBoolean()).isTrue();
        assertThat(message.get("mention").isNull()).isTrue();
        assertThat(message.get("metadata").isNull()).isTrue();
        assertThat(message.get("chatType").asText()).isEqualTo("direct");
        assertThat(stage.messages(chat).get(1).get("message")).isEqualTo(message); // after start-chatting
    }

    @Test
    void everyIncomingTypeIsTaken() {
        String chat = stage.user("alice").chat("alice");
        for (String body : new String[] {
                "{\"type\":\"link\",\"url\":\"http://x\"}", "{\"type\":\"picture\",\"picUrl\":\"http://p\"}",
                "{\"type\":\"video\",\"videoUrl\":\"http://v\"}", "{\"type\":\"is-typing\",\"isTyping\":true}",
                "{\"type\":\"sticker\",\"stickerPackId\":\"memes\",\"stickerUrl\":\"http://s\"}",
                "{\"type\":\"friend-picker\",\"picked\":[\"bob\"]}"}) {
            Http.Answer said = stage.control.post(C + "/chats/" + chat + "/messages",
                    "{\"from\":\"alice\"," + body.substring(1));
            assertThat(said.status()).as("%s -> %s", body, said).isEqualTo(201);
        }
    }

    @Test
    void badMessagesAreRefusedWithAReason() {
        String chat = stage.user("alice").user("bob").chat("alice");
        String path = C + "/chats/" + chat + "/messages";

        assertRefused(stage.control.post(path, "{\"from\":\"bob\",\"type\":\"text\",\"body\":\"x\"}"), "from: 'bob'");
        assertRefused(stage.control.post(path, "{\"from\":\"alice\",\"type\":\"scan-data\"}"), "type: 'scan-data'");
        assertRefused(stage.control.post(path, "{\"from\":\"alice\",\"type\":\"text\"}"), "body: is required");
        assertRefused(stage.control.post(path, "{\"from\":\"alice\",\"type\":\"text\",\"body\":[1]}"), "body");
        assertRefused(stage.control.post(path, "nonsense"), "Malformed JSON");
        assertThat(stage.control.post(C + "/chats/" + "0".repeat(64) + "/messages", "{}").status()).isEqualTo(404);
        assertThat(stage.control.get(C + "/chats/nochat/messages").status()).isEqualTo(404);
        assertRefused(stage.control.get(path + "?after=-1"), "after:");
        assertRefused(stage.control.get(path + "?waitMs=soon"), "waitMs:");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAndNothingIsLost() {
        String chat = stage.user("alice").chat("alice");
        int before = stage.messages(chat).size();
        byte[] huge = ("{\"from\":\"alice\",\"type\":\"text\",\"body\":\"" + "x".repeat(1 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        Http.Answer answer = stage.control.post(C + "/chats/" + chat + "/messages", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).isEqualTo("PayloadTooLarge");
        assertThat(stage.messages(chat)).hasSize(before);
    }

    @Test
    void unknownEndpointsAre404InJson() {
        Http.Answer answer = stage.control.get(C + "/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("NotFound");
    }

    @Test
    void resetForgetsEverythingButTheBotsTheEmulatorStartedWith() {
        stage.user("alice").chat("alice");
        stage.control.post(C + "/bots", "{\"username\":\"otherbot\"}");

        assertThat(stage.control.post(C + "/reset", "").status()).isEqualTo(200);

        assertThat(stage.control.get(C + "/users").json().get("users")).isEmpty();
        assertThat(stage.control.get(C + "/chats").json().get("chats")).isEmpty();
        assertThat(stage.control.get(C + "/bots").json().get("bots")).hasSize(1);
        assertThat(stage.bot.get("/v1/config").status()).isEqualTo(200);
    }
}
