package dev.kikbot.testkit;


import dev.kikbot.api.Code;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Taps on a bot's suggested responses and scans of its Kik Codes reach the bot as Kik sent them. */
@ExtendWith(KikEmulatorExtension.class)
class TapAndScanTest {

    private TinyBot tiny;

    @AfterEach
    void stopBot() {
        if (tiny != null) {
            tiny.close();
        }
    }

    @Test
    void aTappedTextResponseReachesTheBotAsText(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        tiny = TinyBot.serve(bot);
        TestChat chat = kik.user("alice").chatWith(bot);
        chat.expectText("Welcome, alice");
        chat.say("menu").expectText("Pick one");
        chat.tap("Coffee");
        chat.expectText("Coffee");
    }

    @Test
    void aScannedCodeReachesTheBotAsScanData(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        tiny = TinyBot.serve(bot);
        Code code = bot.api().createCode(Map.of("table", 7));
        TestUser alice = kik.user("alice");
        TestChat chat = alice.chatWith(bot);
        chat.expectText("Welcome, alice");
        alice.scan(code.id());
        chat.expectText("Scanned {\"table\": 7}");
    }
}
