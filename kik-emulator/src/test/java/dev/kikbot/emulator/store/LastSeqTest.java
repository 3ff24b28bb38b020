package dev.kikbot.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.Configuration;
import dev.kikbot.emulator.BotAccount;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long poll waits without reading the chat while {@link Store#lastSeq} says nothing is newer, so every way a
 * message enters a chat must move it; a missed one leaves a poll asleep over a message it should have seen.
 */
class LastSeqTest {

    private static final String CHAT = "c".repeat(64);
    private static final String OTHER = "d".repeat(64);

    private SqlStore store;

    private SqlStore open(Path file) {
        store = SqlStore.open(file.toString(), Clock.systemUTC());
        store.addBot(new BotAccount("bot", "key", Configuration.builder().build()));
        store.addUser(new SimUser("ann", "Ann", "A", Optional.empty(), OptionalLong.empty(), Optional.empty()));
        return store;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyWayAMessageIsStoredMovesItsChatsLastSeq(@TempDir Path dir) {
        open(dir.resolve("e.db"));
        assertThat(store.lastSeq(CHAT)).as("no such chat yet").isZero();

        store.addChat(new Chat(CHAT, "bot", "direct", List.of("ann"), 0), List.of(said(CHAT, "m1")));
        long opened = store.lastSeq(CHAT);
        store.addChat(new Chat(OTHER, "bot", "direct", List.of("ann"), 0), List.of());
        long appended = store.append(List.of(said(CHAT, "m2"))).get(0).seq();
        long answered = store.append(List.of(said(CHAT, "m3")),
                new ApiCall("bot", 0, "POST", "/v1/message", 200, "{}", Optional.of("{}"))).get(0).seq();

        assertThat(opened).as("after the chat's first message").isPositive();
        assertThat(appended).isGreaterThan(opened);
        assertThat(store.lastSeq(CHAT)).as("after a Bot API call's messages").isEqualTo(answered);
        assertThat(store.lastSeq(OTHER)).as("an empty chat").isZero();
    }

    @Test
    void aReopenedDatabaseKnowsItsChatsLastSeq(@TempDir Path dir) {
        open(dir.resolve("e.db"));
        store.addChat(new Chat(CHAT, "bot", "direct", List.of("ann"), 0), List.of(said(CHAT, "m1")));
        long last = store.append(List.of(said(CHAT, "m2"))).get(0).seq();
        store.close();

        open(dir.resolve("e.db"));

        assertThat(store.lastSeq(CHAT)).isEqualTo(last);
    }

    private static NewMessage said(String chat, String id) {
        return NewMessage.toBot(chat, "bot", id, "ann", "text", "{\"type\":\"text\",\"body\":\"hi\"}", 0, false);
    }
}
