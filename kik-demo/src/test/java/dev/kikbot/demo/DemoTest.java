package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one-command demo, in-process on a free port, seen through the emulator's control API. */
class DemoTest {

    private static Demo demo;
    private static Control control;

    @BeforeAll
    static void startTheDemo() {
        demo = Demo.start("127.0.0.1", 0, ":memory:");
        control = new Control(demo.url());
    }

    @AfterAll
    static void stopTheDemo() {
        demo.close();
    }

    @Test
    void theShowcaseBotIsRegisteredWithItsWebhookInThisProcess() {
        JsonNode bot = control.get("/bots/showcase");
        assertThat(bot.get("webhook").asText()).isEqualTo(demo.webhookUrl()).startsWith("http://127.0.0.1:");
        assertThat(demo.pageUrl()).isEqualTo("http://127.0.0.1:" + demo.port() + "/");
    }

    @Test
    void aliceAndBobExistAndAliceIsAlreadyGreeted() {
        List<String> users = new ArrayList<>();
        control.get("/users").get("users").forEach(user -> users.add(user.get("username").asText()));
        assertThat(users).contains("alice", "bob");
        JsonNode chats = control.get("/chats?user=alice&bot=showcase").get("chats");
        assertThat(chats).hasSize(1);
        JsonNode greeting = control.awaitBotText(chats.get(0).get("chatId").asText(), 0);
        assertThat(greeting.get("message").get("body").asText())
                .isEqualTo("Hi alice! I am a showcase of Kik bots. Pick one:");
    }

    @Test
    void theBotAnswersAUsersText() {
        String chat = control.post("/chats", "{\"bot\":\"showcase\",\"users\":[\"bob\"]}", 201).get("chatId").asText();
        long greeted = control.awaitBotText(chat, 0).get("seq").asLong();
        control.post("/chats/" + chat + "/messages", "{\"from\":\"bob\",\"type\":\"text\",\"body\":\"hello\"}", 201);
        JsonNode answer = control.awaitBotText(chat, greeted);
        assertThat(answer.get("message").get("body").asText()).isEqualTo("You said \"hello\". Try one of these:");
    }

    @Test
    void theBotsPicturesAndVideoAreServedLocallySoThePageWorksOffline() throws Exception {
        JsonNode chats = control.get("/chats?user=alice&bot=showcase").get("chats");
        JsonNode greeting = control.awaitBotText(chats.get(0).get("chatId").asText(), 0);
        String picture = greeting.get("message").get("keyboards").get(0).get("responses").get(4).get("picUrl").asText();
        assertThat(picture).startsWith("http://127.0.0.1:").endsWith("/media/picture.png");
        assertServed(picture, "image/png", 0x89, 'P', 'N', 'G');
        assertServed(picture.replace("picture.png", "icon.png"), "image/png", 0x89, 'P', 'N', 'G');
        assertServed(picture.replace("picture.png", "video.webm"), "video/webm", 0x1A, 0x45, 0xDF, 0xA3); // EBML
    }

    private static void assertServed(String url, String type, int... magic) throws Exception {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as(url).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).as(url).contains(type);
        for (int i = 0; i < magic.length; i++) {
            assertThat(file.body()[i] & 0xFF).as("byte %d of %s", i, url).isEqualTo(magic[i]);
        }
    }
}
