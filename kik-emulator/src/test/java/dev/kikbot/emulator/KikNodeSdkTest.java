package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The official kik-node SDK ({@code @kikinteractive/kik} 2.2.1, unchanged) as a bot on the emulator:
 * {@code src/test/node/bot.js} sets its webhook with {@code updateBotConfiguration()}, and users driven
 * through the control API find its answers in their chats.
 */
@Timeout(120)
class KikNodeSdkTest {

    private static final String BOT = "nodebot";
    private static final Pattern CODE_URL =
            Pattern.compile("code https://scancode\\.kik\\.com/api/v1/images/remote/([^/]+)/1200x1200\\.png");
    private static final long WAIT_MILLIS = 15_000;

    private static Emulator emulator;
    private static Http control;
    private static NodeBot node;

    @BeforeAll
    static void startTheBot() throws Exception {
        var dir = NodeBot.install();
        emulator = Emulator.builder().bot(BOT, Stage.KEY, null).build().start();
        control = Http.of(emulator);
        node = NodeBot.start(dir, emulator.url(), BOT, Stage.KEY);
    }

    @AfterAll
    static void stopTheBot() throws Exception {
        if (node != null) {
            node.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @AfterEach
    void theSdkReportedNoFailure() {
        assertThat(node.errors()).as("kik-node's output:\n%s", node.output()).isEmpty();
    }

    @Test
    void updateBotConfigurationSetsTheWebhook() {
        JsonNode bot = control.get(Stage.CONTROL + "/bots/" + BOT).json();

        assertThat(bot.get("webhook").asText()).isEqualTo("http://127.0.0.1:" + node.port() + "/incoming");
    }

    @Test
    void theBotWelcomesAUserAndEchoesText() {
        String chat = open("alice", "{}");
        assertThat(awaitFromBot(chat, 1)).containsExactly("welcome alice");

        say(chat, "alice", "hello from alice");

        assertThat(awaitFromBot(chat, 2)).containsExactly("welcome alice", "hello from alice");
    }

    @Test
    void theBotFetchesTheUsersProfile() {
        String chat = open("bob", "{\"profilePicUrl\":\"https://example.com/bob.png\",\"timezone\":\"America/Toronto\"}");

        say(chat, "bob", "profile");

        assertThat(awaitFromBot(chat, 2)).containsExactlyInAnyOrder("welcome bob",
                "profile First-bob|Last-bob|https://example.com/bob.png|America/Toronto");
    }

    @Test
    void theBotMakesADataCode() {
        String chat = open("carol", "{}");

        say(chat, "carol", "code {\\\"room\\\":7}");

        assertThat(awaitFromBot(chat, 2).get(1)).matches(CODE_URL);
    }

    @Test
    void theBotBroadcastsToSeveralUsers() {
        String dave = open("dave", "{}");
        String erin = open("erin", "{}");
        awaitFromBot(erin, 1);

        say(dave, "dave", "broadcast dave,erin news for all");

        assertThat(awaitFromBot(dave, 2)).last().isEqualTo("news for all");
        assertThat(awaitFromBot(erin, 2)).last().isEqualTo("news for all");
    }

    @Test
    void aUserScansTheBotsCodeAndTheBotGetsItsData() {
        String chat = open("frank", "{}");
        say(chat, "frank", "code table-12");
        Matcher url = CODE_URL.matcher(awaitFromBot(chat, 2).get(1));
        assertThat(url.matches()).isTrue();

        Http.Answer scan = control.post(Stage.CONTROL + "/codes/" + url.group(1) + "/scans", "{\"user\":\"frank\"}");

        assertThat(scan.status()).as("%s", scan).isBetween(200, 299);
        assertThat(awaitFromBot(chat, 3)).last().isEqualTo("scanned table-12");
    }

    /** Creates the user (more fields as JSON) and opens the chat, which sends the bot start-chatting. */
    private static String open(String user, String moreFields) {
        String fields = moreFields.equals("{}") ? "" : "," + moreFields.substring(1, moreFields.length() - 1);
        Http.Answer created = control.post(Stage.CONTROL + "/users", "{\"username\":\"" + user
                + "\",\"firstName\":\"First-" + user + "\",\"lastName\":\"Last-" + user + "\"" + fields + "}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Http.Answer chat = control.post(Stage.CONTROL + "/chats", "{\"bot\":\"" + BOT + "\",\"users\":[\"" + user + "\"]}");
        assertThat(chat.status()).as("%s", chat).isEqualTo(201);
        return chat.json().get("chatId").asText();
    }

    private static void say(String chat, String from, String text) {
        Http.Answer said = control.post(Stage.CONTROL + "/chats/" + chat + "/messages",
                "{\"from\":\"" + from + "\",\"type\":\"text\",\"body\":\"" + text + "\"}");
        assertThat(said.status()).as("%s", said).isEqualTo(201);
    }

    /** @return the bodies of the bot's first {@code count} text messages in the chat, waiting for them */
    private static List<String> awaitFromBot(String chat, int count) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<String> bodies = new ArrayList<>();
        long after = 0;
        while (bodies.size() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                fail("the bot sent %s to chat %s, not %d messages, in %d ms; kik-node's output:%n%s", bodies, chat,
                        count, WAIT_MILLIS, node.output());
            }
            JsonNode page = control.get(Stage.CONTROL + "/chats/" + chat + "/messages?after=" + after + "&waitMs="
                    + Math.min(left, 5000)).json().get("messages");
            for (JsonNode stored : page) {
                after = stored.get("seq").asLong();
                if (stored.get("direction").asText().equals("from-bot")) {
                    bodies.add(stored.get("message").path("body").asText());
                }
            }
        }
        return bodies;
    }
}
