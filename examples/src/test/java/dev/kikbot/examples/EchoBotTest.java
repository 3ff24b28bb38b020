package dev.kikbot.examples;

import dev.kikbot.bot.Bot;
import dev.kikbot.testkit.KikEmulator;
import dev.kikbot.testkit.KikEmulatorExtension;
import dev.kikbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The echo bot on an in-process emulator: a user says something and gets it back. */
@ExtendWith(KikEmulatorExtension.class)
class EchoBotTest {

    @Test
    void echoesWhatAUserSays(KikEmulator kik) {
        TestBot echo = kik.bot("echo");
        try (Bot bot = EchoBot.create(echo.api())) {
            echo.webhook(bot.serve("127.0.0.1", 0).url() + "/incoming");
            kik.user("alice").chatWith(echo).say("omg r u real?").expectText("omg r u real?");
        }
    }
}
