package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A chat exported as a transcript file, and replayed against a bot to see where its answers differ. */
class TranscriptTest {

    private static final String C = Stage.CONTROL;
    private final Emulator emulator = Emulator.builder().bot("echo", Stage.KEY, null).bot("shout", Stage.KEY, null)
            .build().start();
    private final Http control = Http.of(emulator);
    private final Bot echo = bot("echo", false);
    private final Bot shout = bot("shout", true);

    @AfterEach
    void close() {
        echo.close();
        shout.close();
        emulator.close();
    }

    private Bot bot(String name, boolean loud) {
        KikApi kik = KikApi.builder(name, Stage.KEY).baseUrl(emulator.url()).build();
        Bot bot = Bot.builder(kik).onText((message, ctx) -> {
            String body = message.body().orElse("");
            ctx.reply(loud ? body.toUpperCase(Locale.ROOT) : body);
        }).build();
        BotServer server = bot.serve("127.0.0.1", 0);
        kik.setConfiguration(Configuration.builder().webhook(server.url() + "/incoming").build());
        return bot;
    }

    /** Alice says hi to echo and gets its answer; @return the chat */
    private String conversation() {
        control.post(C + "/users", "{\"username\":\"alice\",\"firstName\":\"A\",\"lastName\":\"L\"}");
        String chat = control.post(C + "/chats", "{\"bot\":\"echo\",\"users\":[\"alice\"]}").json().get("chatId").asText();
        return answered(chat, "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"hi\"}");
    }

    /** Says something in the chat and waits for the bot's answer; @return the chat */
    private String answered(String chat, String message) {
        assertThat(control.post(C + "/chats/" + chat + "/messages", message).status()).isEqualTo(201);
        long seen = 0;
        while (true) { // long polls, each answered when a message is stored
            JsonNode page = control.get(C + "/chats/" + chat + "/messages?after=" + seen + "&waitMs=10000").json()
                    .get("messages");
            assertThat(page).as("the echo bot answers").isNotEmpty();
            for (JsonNode m : page) {
                seen = m.get("seq").asLong();
                if (m.get("direction").asText().equals("from-bot")) {
                    return chat;
                }
            }
        }
    }

    private JsonNode replay(JsonNode transcript, String bot) {
        Http.Answer answer = control.post(C + "/transcripts/replay", "{\"transcript\":" + transcript
                + ",\"bot\":\"" + bot + "\",\"waitMs\":10000}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aChatIsExportedWithItsBotTypeParticipantsAndEveryMessage() {
        String chat = conversation();

        Http.Answer file = control.get(C + "/chats/" + chat + "/transcript");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        JsonNode transcript = file.json();
        assertThat(transcript.get("format").asText()).isEqualTo("kik-emulator-transcript");
        assertThat(transcript.get("version").asInt()).isEqualTo(1);
        assertThat(transcript.get("bot").asText()).isEqualTo("echo");
        assertThat(transcript.get("chatType").asText()).isEqualTo("direct");
        assertThat(transcript.get("participants")).extracting(JsonNode::asText).containsExactly("alice");
        JsonNode messages = transcript.get("messages");
        assertThat(messages).extracting(m -> m.get("direction").asText() + " " + m.get("message").get("type").asText())
                .containsExactly("to-bot start-chatting", "to-bot text", "from-bot text");
        assertThat(messages.get(2).get("message").get("body").asText()).isEqualTo("hi");
        assertThat(messages.get(1).get("seq").asLong()).isGreaterThan(messages.get(0).get("seq").asLong());
        assertThat(messages.get(1).has("time")).isTrue();
    }

    @Test
    void replayingAgainstTheSameBotFindsNoDifference() {
        JsonNode transcript = control.get(C + "/chats/" + conversation() + "/transcript").json();

        JsonNode report = replay(transcript, "echo");

        assertThat(report.get("differs").asBoolean()).as("%s", report).isFalse();
        assertThat(report.get("steps")).hasSize(2);
        assertThat(report.get("steps").get(1).get("actual").get(0).get("body").asText()).isEqualTo("hi");
    }

    @Test
    void replayingAgainstAnotherBotShowsWhereItsAnswersDiffer() {
        JsonNode transcript = control.get(C + "/chats/" + conversation() + "/transcript").json();

        JsonNode report = replay(transcript, "shout");

        assertThat(report.get("differs").asBoolean()).isTrue();
        JsonNode hi = report.get("steps").get(1);
        assertThat(hi.get("differs").asBoolean()).isTrue();
        assertThat(hi.get("sent").get("body").asText()).isEqualTo("hi");
        assertThat(hi.get("expected").get(0).get("body").asText()).isEqualTo("hi");
        assertThat(hi.get("actual").get(0).get("body").asText()).isEqualTo("HI");
        assertThat(hi.get("actual").get(0).has("id")).as("ids are not compared").isFalse();
        assertThat(report.get("steps").get(0).get("differs").asBoolean()).isFalse();
    }

    @Test
    void aGroupIsReplayedInANewGroupMentioningTheReplayedBot() {
        control.post(C + "/users", "{\"username\":\"alice\",\"firstName\":\"A\",\"lastName\":\"L\"}");
        control.post(C + "/users", "{\"username\":\"bob\",\"firstName\":\"B\",\"lastName\":\"L\"}");
        String group = control.post(C + "/chats", "{\"bot\":\"echo\",\"users\":[\"alice\",\"bob\"],"
                + "\"chatType\":\"private\"}").json().get("chatId").asText();
        answered(group, "{\"from\":\"alice\",\"type\":\"text\",\"body\":\"yo\",\"mention\":\"echo\"}");
        JsonNode transcript = control.get(C + "/chats/" + group + "/transcript").json();

        JsonNode report = replay(transcript, "shout");

        assertThat(report.get("chatId").asText()).isNotEqualTo(group);
        JsonNode step = report.get("steps").get(0);
        assertThat(step.get("sent").get("mention").asText()).isEqualTo("shout");
        assertThat(step.get("sent").get("chatType").asText()).isEqualTo("private");
        assertThat(step.get("actual").get(0).get("body").asText()).isEqualTo("YO");
        assertThat(step.get("differs").asBoolean()).isTrue();
    }

    @Test
    void aHandWrittenTranscriptWithAnUnknownUserIsReplayedAfterCreatingThem() {
        String transcript = "{\"format\":\"kik-emulator-transcript\",\"version\":1,\"bot\":\"echo\","
                + "\"chatType\":\"direct\",\"participants\":[\"newbie\"],\"messages\":["
                + "{\"direction\":\"to-bot\",\"message\":{\"type\":\"text\",\"from\":\"newbie\",\"body\":\"x\"}},"
                + "{\"direction\":\"from-bot\",\"message\":{\"type\":\"text\",\"to\":\"newbie\",\"body\":\"x\"}}]}";

        Http.Answer answer = control.post(C + "/transcripts/replay", "{\"transcript\":" + transcript + "}");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().get("steps").get(0).get("actual").get(0).get("body").asText()).isEqualTo("x");
        assertThat(control.get(C + "/users").json().get("users")).extracting(u -> u.get("username").asText())
                .contains("newbie");
    }

    @Test
    void whatIsNotATranscriptIsRefused() {
        assertRefused(control.post(C + "/transcripts/replay", "{\"transcript\":{\"format\":\"other\"}}"),
                "transcript.format: this emulator reads 'kik-emulator-transcript' version 1");
        assertRefused(control.post(C + "/transcripts/replay", "{}"), "transcript: is required");
        assertThat(control.get(C + "/chats/" + "0".repeat(64) + "/transcript").status()).isEqualTo(404);
    }
}
