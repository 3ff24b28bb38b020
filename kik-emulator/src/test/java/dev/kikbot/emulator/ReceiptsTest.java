package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Receipts: the bot hears of its messages delivered and read only if its features ask; the platform marks
 * users' messages read for the bot unless the bot sends its own read receipts.
 */
class ReceiptsTest {

    private static final String C = Stage.CONTROL;
    private final Stage stage = Stage.start().user("alice");
    private final String chat = stage.chat("alice");

    @AfterEach
    void close() {
        stage.close();
    }

    private void features(String features) {
        assertThat(stage.bot.post("/v1/config", "{\"features\":{" + features + "}}").status()).isEqualTo(200);
    }

    private void botSays(String id) {
        assertThat(stage.send("{\"messages\":[{\"type\":\"text\",\"to\":\"alice\",\"id\":\"" + id
                + "\",\"body\":\"hello\"}]}").status()).isEqualTo(200);
    }

    private List<JsonNode> toBot(String type) {
        return StreamSupport.stream(stage.messages(chat).spliterator(), false)
                .filter(m -> m.get("direction").asText().equals("to-bot"))
                .filter(m -> m.get("message").get("type").asText().equals(type)).toList();
    }

    @Test
    void aBotThatAsksGetsADeliveryReceiptForWhatThePlatformAccepted() {
        features("\"receiveDeliveryReceipts\":true");

        botSays("m1");

        List<JsonNode> receipts = toBot("delivery-receipt");
        assertThat(receipts).hasSize(1);
        JsonNode receipt = receipts.get(0).get("message");
        assertThat(receipt.get("from").asText()).isEqualTo("alice");
        assertThat(receipt.get("messageIds")).extracting(JsonNode::asText).containsExactly("m1");
        assertThat(receipt.has("chatType")).as("receipts have no chatType").isFalse();
        assertThat(receipts.get(0).get("delivery").get("state").asText()).isEqualTo("pending");
    }

    @Test
    void aBotThatDoesNotAskGetsNoDeliveryReceipt() {
        botSays("m1");

        assertThat(toBot("delivery-receipt")).isEmpty();
    }

    @Test
    void aUsersReadReachesTheBotAsAReadReceiptIfItAsks() {
        features("\"receiveReadReceipts\":true");
        botSays("m1");
        botSays("m2");

        Http.Answer read = stage.control.post(C + "/chats/" + chat + "/reads",
                "{\"user\":\"alice\",\"messageIds\":[\"m1\",\"m2\"]}");

        assertThat(read.status()).as("%s", read).isEqualTo(201);
        JsonNode receipt = read.json().get("message");
        assertThat(receipt.get("type").asText()).isEqualTo("read-receipt");
        assertThat(receipt.get("messageIds")).extracting(JsonNode::asText).containsExactly("m1", "m2");
        assertThat(receipt.has("chatType")).isFalse();
        assertThat(toBot("read-receipt").get(0).get("delivery").get("state").asText()).isEqualTo("pending");
    }

    @Test
    void aReadIsKeptButNotDeliveredToABotThatDoesNotAsk() {
        botSays("m1");

        stage.control.post(C + "/chats/" + chat + "/reads", "{\"user\":\"alice\",\"messageIds\":[\"m1\"]}");

        assertThat(toBot("read-receipt").get(0).get("delivery").get("state").asText()).isEqualTo("not-delivered");
    }

    @Test
    void readingWhatTheBotDidNotSendIsRefused() {
        botSays("m1");

        assertRefused(stage.control.post(C + "/chats/" + chat + "/reads",
                "{\"user\":\"alice\",\"messageIds\":[\"m1\",\"m9\"]}"), "messageIds[1]: the bot sent no message 'm9'");
        assertRefused(stage.control.post(C + "/chats/" + chat + "/reads", "{\"user\":\"bob\",\"messageIds\":[\"m1\"]}"),
                "user: 'bob' is not in chat");
        assertRefused(stage.control.post(C + "/chats/" + chat + "/reads", "{\"user\":\"alice\",\"messageIds\":[]}"),
                "messageIds: at least one");
    }

    @Test
    void thePlatformMarksUsersMessagesReadForTheBotByDefault() {
        stage.say(chat, "alice", "hi");

        JsonNode read = toBot("text").get(0).get("read");

        assertThat(read.get("by").asText()).isEqualTo("platform");
    }

    @Test
    void aBotThatSendsItsOwnReadReceiptsMarksThemItself() {
        features("\"manuallySendReadReceipts\":true");
        String id = stage.say(chat, "alice", "hi").get("id").asText();
        assertThat(toBot("text").get(0).get("read").isNull()).isTrue();

        assertThat(stage.send("{\"messages\":[{\"type\":\"read-receipt\",\"to\":\"alice\",\"messageIds\":[\"" + id
                + "\"]}]}").status()).isEqualTo(200);

        assertThat(toBot("text").get(0).get("read").get("by").asText()).isEqualTo("bot");
    }

    @Test
    void isTypingReachesOnlyABotThatAsks() {
        String typing = "{\"from\":\"alice\",\"type\":\"is-typing\",\"isTyping\":true}";
        stage.control.post(C + "/chats/" + chat + "/messages", typing);
        features("\"receiveIsTyping\":true");
        stage.control.post(C + "/chats/" + chat + "/messages", typing);

        assertThat(toBot("is-typing")).extracting(m -> m.get("delivery").get("state").asText())
                .containsExactly("not-delivered", "pending");
    }
}
