package dev.kikbot.testkit;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kikbot.api.Code;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taps and scans, which the emulator serves from its second slice on. Until an emulator answers these routes
 * the tests are skipped, not failed: the kit's calls follow the control API's contract either way.
 */
@ExtendWith(KikEmulatorExtension.class)
class TapAndScanTest {

    private TinyBot tiny;

    @AfterEach
    void stopBot() {
        if (tiny != null) {
            tiny.close();
        }
    }

    /** Skips the test if the emulator has no such route (Javalin's own 404 names the endpoint). */
    private static void assumeRoute(Runnable call) {
        try {
            call.run();
        } catch (ControlApiException e) {
            assumeFalse(e.status() == 404 && e.body().contains("Endpoint"), "the emulator does not serve "
                    + e.request() + " yet");
            throw e;
        }
    }

    @Test
    void aTappedTextResponseReachesTheBotAsText(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        tiny = TinyBot.serve(bot);
        TestChat chat = kik.user("alice").chatWith(bot);
        chat.expectText("Welcome, alice");
        chat.say("menu").expectText("Pick one");
        assumeRoute(() -> chat.tap("Coffee"));
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
        assumeRoute(() -> alice.scan(code.id()));
        chat.expectText("Scanned {\"table\": 7}");
    }
}
