package dev.kikbot.emulator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of chats and their participants, run inside {@link SqlStore}'s transactions. */
final class SqlChats {

    /**
     * Every filter is a parameter; an absent one is NULL and matches everything, so there is one statement
     * for every combination and no SQL is put together from input.
     */
    private static final String FILTERS = " AND (CAST(? AS VARCHAR(32)) IS NULL OR c.bot = ?)"
            + " AND (CAST(? AS VARCHAR(32)) IS NULL OR EXISTS (SELECT 1 FROM chat_participants p"
            + " WHERE p.chat_id = c.chat_id AND p.username = ?))";
    private static final String COLUMNS = "SELECT c.chat_id, c.bot, c.chat_type, c.created_at FROM chats c";
    /**
     * A lookup by id, which every user message and long poll makes, has a statement of its own: SQLite uses no
     * index for {@code (? IS NULL OR chat_id = ?)} and would read and sort every chat.
     */
    static final String FIND_BY_ID = COLUMNS + " WHERE c.chat_id = ?" + FILTERS;
    private static final String FIND = COLUMNS + " WHERE 1 = 1" + FILTERS + " ORDER BY c.created_at, c.chat_id";

    private SqlChats() {
    }

    static void insert(Connection c, Chat chat) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO chats (chat_id, bot, chat_type, created_at) VALUES (?, ?, ?, ?)")) {
            Rows.bind(insert, chat.chatId(), chat.bot(), chat.chatType(), chat.createdAt());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO chat_participants (chat_id, username, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < chat.participants().size(); i++) {
                Rows.bind(insert, chat.chatId(), chat.participants().get(i), i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<Chat> find(Connection c, Optional<String> chatId, Optional<String> bot, Optional<String> user)
            throws SQLException {
        Object[] filters = {bot.orElse(null), bot.orElse(null), user.orElse(null), user.orElse(null)};
        Rows.Reader<Chat> read = row -> new Chat(row.getString(1), row.getString(2), row.getString(3), List.of(),
                row.getLong(4));
        List<Chat> chats = chatId.isPresent()
                ? Rows.list(c, FIND_BY_ID, read, prepend(chatId.get(), filters))
                : Rows.list(c, FIND, read, filters);
        List<Chat> withParticipants = new ArrayList<>(chats.size());
        for (Chat chat : chats) {
            List<String> participants = Rows.list(c, "SELECT username FROM chat_participants WHERE chat_id = ?"
                    + " ORDER BY position", row -> row.getString(1), chat.chatId());
            withParticipants.add(new Chat(chat.chatId(), chat.bot(), chat.chatType(), participants, chat.createdAt()));
        }
        return withParticipants;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
