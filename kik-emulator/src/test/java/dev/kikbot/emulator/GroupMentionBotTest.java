package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A kik-bot bot in a group: it hears only its mentions, and its reply to a mention lands in the group. */
class GroupMentionBotTest {

    private static final String C = Stage.CONTROL;

    @Test
    void theBotHearsOnlyItsMentionAndAnswersTheGroup() throws Exception {
        CompletableFuture<String> heard = new CompletableFuture<>();
        try (Emulator emulator = Emulator.builder().bot("greeter", Stage.KEY, null).build().start()) {
            KikApi kik = KikApi.builder("greeter", Stage.KEY).baseUrl(emulator.url()).build();
            try (Bot bot = Bot.builder(kik).onText((message, ctx) -> {
                heard.complete(message.body().orElse("") + " from " + message.from().orElse("?") + " in "
                        + message.chatType().map(t -> t.value()).orElse("?"));
                ctx.reply("Hello, " + message.from().orElse("you"));
            }).build()) {
                BotServer server = bot.serve("127.0.0.1", 0);
                kik.setConfiguration(Configuration.builder().webhook(server.url() + "/incoming").build());
                Http control = Http.of(emulator);
                for (String user : new String[] {"alice", "bob"}) {
                    control.post(C + "/users", "{\"username\":\"" + user + "\",\"firstName\":\"F\",\"lastName\":\"L\"}");
                }
                String group = control.post(C + "/chats", "{\"bot\":\"greeter\",\"users\":[\"alice\",\"bob\"],"
                        + "\"chatType\":\"public\"}").json().get("chatId").asText();
                String path = C + "/chats/" + group + "/messages";
                control.post(path, "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"not for the bot\"}");
                long mention = control.post(path, "{\"from\":\"bob\",\"type\":\"text\",\"body\":\"hi\","
                        + "\"mention\":\"greeter\"}").status();

                assertThat(mention).isEqualTo(201);
                assertThat(heard.get(10, TimeUnit.SECONDS)).isEqualTo("hi from bob in public");
                JsonNode reply = awaitReply(control, path);
                assertThat(reply.get("message").get("to").asText()).isEqualTo("bob");
                assertThat(reply.get("message").get("body").asText()).isEqualTo("Hello, bob");
            }
        }
    }

    /** @return the first message from the bot, long-polling the group's history for it */
    private static JsonNode awaitReply(Http control, String path) {
        long seen = 0;
        while (true) {
            JsonNode page = control.get(path + "?after=" + seen + "&waitMs=10000").json().get("messages");
            assertThat(page).as("the bot answers").isNotEmpty();
            for (JsonNode m : page) {
                seen = m.get("seq").asLong();
                if (m.get("direction").asText().equals("from-bot")) {
                    return m;
                }
            }
        }
    }
}
