package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --db FILE} twice: the second run finds its bot, users and chats, and serves them again. */
class DemoRestartTest {

    @Test
    void aSecondRunOnTheSameDatabaseKeepsTheChatsAndAnswersAgain(@TempDir Path dir) {
        String database = dir.resolve("demo.db").toString();
        String apiKey;
        String chat;
        try (Demo first = Demo.start("127.0.0.1", 0, database)) {
            Control control = new Control(first.url());
            apiKey = control.get("/bots/showcase").get("apiKey").asText();
            chat = control.get("/chats?user=alice&bot=showcase").get("chats").get(0).get("chatId").asText();
            control.awaitBotText(chat, 0);
        }

        try (Demo second = Demo.start("127.0.0.1", 0, database)) {
            Control control = new Control(second.url());
            JsonNode bot = control.get("/bots/showcase");
            assertThat(bot.get("apiKey").asText()).isEqualTo(apiKey);
            assertThat(bot.get("webhook").asText()).isEqualTo(second.webhookUrl());
            assertThat(control.get("/chats?user=alice&bot=showcase").get("chats")).hasSize(1);
            JsonNode history = control.get("/chats/" + chat + "/messages?after=0").get("messages");
            assertThat(history).isNotEmpty();
            long seen = history.get(history.size() - 1).get("seq").asLong();
            control.post("/chats/" + chat + "/messages", "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"back\"}", 201);
            assertThat(control.awaitBotText(chat, seen).get("message").get("body").asText())
                    .isEqualTo("You said \"back\". Try one of these:");
        }
    }
}
