package dev.kikbot.testkit;

import static dev.kikbot.testkit.MessageAssert.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.api.message.TextMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

/** The kit, driving a tiny bot made of kik-api and the JDK's HTTP server. */
@ExtendWith(KikEmulatorExtension.class)
class KikEmulatorExtensionTest {

    private TinyBot tiny;

    /** Serves the tiny bot and opens alice's chat with it; the bot's welcome is not read yet. */
    private TestChat aliceWithTinyBot(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        tiny = TinyBot.serve(bot);
        return kik.user("alice").chatWith(bot);
    }

    @AfterEach
    void stopBot() {
        if (tiny != null) {
            tiny.close();
        }
    }

    @Test
    void aUserTalksToTheBotAndTheTestReadsItsAnswers(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.expectText("Welcome, alice");
        chat.say("hi").expectText("hi");
        chat.say("one").say("two");
        List<Message> replies = chat.awaitReplies(2);
        assertEquals(List.of("one", "two"), replies.stream()
                .map(m -> ((TextMessage) m).body().orElseThrow()).toList());
    }

    @Test
    void theEmulatorIsResetBeforeEachTestSoNamesCanBeReused(KikEmulator kik) {
        kik.bot("tiny");
        kik.user("alice");
        ControlApiException twice = assertThrows(ControlApiException.class, () -> kik.user("alice"));
        assertEquals(409, twice.status());
        assertTrue(twice.body().contains("exists already"), twice.body());
        assertEquals("POST /emulator/v1/users", twice.request());
    }

    @Test
    void aSentMessageComesBackAsTheWebhookReceivesIt(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        TestChat chat = kik.user("bob").chatWith(bot);
        Message sent = chat.send(PictureMessage.builder().picUrl("https://example.com/p.png").build());
        assertEquals(chat.chatId(), sent.chatId().orElseThrow());
        assertEquals("bob", sent.from().orElseThrow());
        assertTrue(sent.id().isPresent());
        assertEquals("tiny", kik.user("carol").chatWith("tiny").bot());
    }

    @Test
    void aWrongReplyFailsWithWhatTheBotSent(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.awaitReply();
        AssertionFailedError wrong = assertThrows(AssertionFailedError.class,
                () -> chat.say("menu").expectText("hi"));
        assertEquals("Expected the bot to send text \"hi\" but it sent text \"Pick one\" [Tea | Coffee]",
                wrong.getMessage());
        assertEquals("text \"hi\"", wrong.getExpected().getStringRepresentation());
    }

    @Test
    void aBotThatNeverAnswersFailsWithItsWebhookRecord(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        TestChat chat = kik.user("alice").chatWith(bot);
        AssertionFailedError none = assertThrows(AssertionFailedError.class,
                () -> chat.say("hi").awaitReply(Duration.ofMillis(200)));
        assertTrue(none.getMessage().startsWith("Expected 1 reply from the bot in " + chat + " within 200 ms, but got 0."),
                none.getMessage());
        assertTrue(none.getMessage().contains("The bot sent in this chat: nothing"), none.getMessage());
        assertTrue(none.getMessage().contains("none (has it a webhook?)"), none.getMessage());
    }

    @Test
    void receiptsAreMessagesButNotReplies(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.expectText("Welcome, alice");
        chat.say("read me").say("after");
        assertEquals("after", chat.expectReply(TextMessage.class).body().orElseThrow());
        assertEquals(3, chat.botMessages().size());
        assertTrue(chat.botMessages().get(1) instanceof ReadReceiptMessage);
    }

    @Test
    void awaitMessagesReturnsReceiptsToo(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.say("read me");
        List<Message> all = chat.awaitMessages(2);
        assertMessage(all.get(0)).isText("Welcome, alice");
        assertMessage(all.get(1)).isA(ReadReceiptMessage.class);
    }

    @Test
    void keyboardsAreAssertedByTheirLabels(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.awaitReply();
        Message menu = chat.say("menu").awaitReply();
        assertMessage(menu).isTextStartingWith("Pick").offers("Tea", "Coffee");
        AssertionFailedError wrong = assertThrows(AssertionFailedError.class,
                () -> assertMessage(menu).offers("Tea"));
        assertTrue(wrong.getMessage().startsWith("Expected the bot's message to offer [Tea] but it offers "
                + "[Tea, Coffee]"), wrong.getMessage());
    }

    @Test
    void expectNoReplyPassesOnSilenceAndFailsOnAnAnswer(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.expectText("Welcome, alice");
        chat.say("quiet").expectNoReply(Duration.ofMillis(200));
        AssertionFailedError loud = assertThrows(AssertionFailedError.class,
                () -> chat.say("loud").expectNoReply(Duration.ofSeconds(5)));
        assertTrue(loud.getMessage().endsWith("but it sent \n    text \"loud\""), loud.getMessage());
    }

    @Test
    void tappingALabelNoMessageOffersFailsWithTheOffers(KikEmulator kik) {
        TestChat chat = aliceWithTinyBot(kik);
        chat.say("menu").awaitReplies(2);
        AssertionFailedError missing = assertThrows(AssertionFailedError.class, () -> chat.tap("Milk"));
        assertTrue(missing.getMessage().contains("offering 'Milk' to alice, but the bot sent:\n"
                + "    text \"Pick one\" [Tea | Coffee] offers [Tea, Coffee]"), missing.getMessage());
    }

    @Test
    void theBotsApiAndWebhookComeFromTheKit(KikEmulator kik) {
        TestBot bot = kik.bot("tiny", "http://127.0.0.1:9/incoming");
        assertEquals(kik.url(), bot.apiUrl());
        assertEquals(kik.url() + "/emulator/v1", kik.controlUrl());
        assertEquals("http://127.0.0.1:9/incoming", bot.webhook().orElseThrow());
        assertEquals("http://127.0.0.1:9/incoming", bot.configuration().webhook().orElseThrow());
        assertTrue(bot.toString().indexOf(bot.apiKey()) < 0);
    }
}
