package dev.kikbot.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kikbot.api.message.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Group chats: the tiny bot echoes what it hears, and hears only mentions. */
@ExtendWith(KikEmulatorExtension.class)
class GroupChatTest {

    private TinyBot tiny;

    @AfterEach
    void stopBot() {
        if (tiny != null) {
            tiny.close();
        }
    }

    private TestChat group(KikEmulator kik, TestBot bot, TestUser... users) {
        return kik.group(bot, false, users);
    }

    @Test
    void theBotHearsMentionsFromEveryParticipant(KikEmulator kik) {
        TestBot bot = kik.bot("tiny");
        tiny = TinyBot.serve(bot);
        TestUser alice = kik.user("alice");
        TestUser bob = kik.user("bob");
        TestChat chat = group(kik, bot, alice, bob);
        chat.say("nobody mentioned me").expectNoReply(Duration.ofMillis(300));
        chat.mention("from alice");
        chat.as(bob).mention("from bob");
        List<Message> replies = chat.awaitReplies(2);
        assertEquals(List.of("alice", "bob"), replies.stream().map(m -> m.to().orElseThrow()).toList());
        assertEquals(chat.chatId(), chat.as(bob).chatId());
    }
}
