package dev.kikbot.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Looking a chat up by its id, which every user message and every long poll does, must use the chats'
 * primary key. SQLite cannot use an index for {@code (CAST(? AS ...) IS NULL OR c.chat_id = ?)}: it reads every
 * chat, runs the participants subquery for each, and sorts them, so the cost of each message grows with the
 * number of chats (found by the emulator load run, docs/benchmarks.md, "Emulator").
 */
class ChatLookupPlanTest {

    @TempDir
    Path dir;

    @Test
    void findingAChatByIdSearchesThePrimaryKeyInsteadOfScanningEveryChat() throws Exception {
        Path db = dir.resolve("plan.db");
        SqlStore.open(db.toString(), Clock.systemUTC()).close();

        List<String> plan = plan(db, SqlChats.FIND_BY_ID, "a".repeat(64), null, null, null, null);

        assertThat(plan).as("query plan of a lookup by chat id").noneMatch(step -> step.startsWith("SCAN"))
                .noneMatch(step -> step.contains("TEMP B-TREE"));
    }

    private static List<String> plan(Path db, String sql, Object... args) throws Exception {
        List<String> steps = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement explain = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            Rows.bind(explain, args);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString("detail"));
                }
            }
        }
        return steps;
    }
}
