package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import org.junit.jupiter.api.Test;

/**
 * A bot written with kik-bot, unchanged, on the emulator: it registers its webhook through
 * {@code POST /v1/config}, receives the user's signed message, and its reply lands in the chat.
 */
class EchoBotEndToEndTest {

    @Test
    void theUserSaysHiAndTheEchoBotSaysHiBack() throws Exception {
        try (Emulator emulator = Emulator.builder().bot("echo", Stage.KEY, null).build().start()) {
            KikApi kik = KikApi.builder("echo", Stage.KEY).baseUrl(emulator.url()).build();
            try (Bot bot = Bot.builder(kik).onText((message, ctx) -> ctx.reply(message.body().orElse(""))).build()) {
                BotServer server = bot.serve("127.0.0.1", 0);
                kik.setConfiguration(Configuration.builder().webhook(server.url() + "/incoming").build());
                Http control = Http.of(emulator);
                control.post(Stage.CONTROL + "/users", "{\"username\":\"alice\",\"firstName\":\"A\",\"lastName\":\"L\"}");
                String chat = control.post(Stage.CONTROL + "/chats", "{\"bot\":\"echo\",\"users\":[\"alice\"]}")
                        .json().get("chatId").asText();
                String path = Stage.CONTROL + "/chats/" + chat + "/messages";
                control.post(path, "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"hi\"}");
                long hi = 0;
                for (JsonNode stored : control.get(path).json().get("messages")) {
                    if (stored.get("direction").asText().equals("to-bot")
                            && stored.get("message").path("body").asText().equals("hi")) {
                        hi = stored.get("seq").asLong(); // the reply may be stored already: look after "hi"
                    }
                }

                JsonNode reply = control.get(path + "?after=" + hi + "&waitMs=10000").json().get("messages").get(0);

                assertThat(reply.get("direction").asText()).isEqualTo("from-bot");
                assertThat(reply.get("message").get("type").asText()).isEqualTo("text");
                assertThat(reply.get("message").get("to").asText()).isEqualTo("alice");
                assertThat(reply.get("message").get("body").asText()).isEqualTo("hi");
                assertThat(reply.get("message").get("chatId").asText()).isEqualTo(chat);
            }
        }
    }
}
