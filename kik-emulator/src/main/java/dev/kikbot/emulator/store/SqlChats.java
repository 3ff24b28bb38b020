package dev.kikbot.emulator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    private static final String FIND = "SELECT c.chat_id, c.bot, c.chat_type, c.created_at FROM chats c"
            + " WHERE (CAST(? AS VARCHAR(64)) IS NULL OR c.chat_id = ?)"
            + " AND (CAST(? AS VARCHAR(32)) IS NULL OR c.bot = ?)"
            + " AND (CAST(? AS VARCHAR(32)) IS NULL OR EXISTS (SELECT 1 FROM chat_participants p"
            + " WHERE p.chat_id = c.chat_id AND p.username = ?))"
            + " ORDER BY c.created_at, c.chat_id";

    private SqlChats() {
    }

    static void insert(Connection c, Chat chat) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO chats (chat_id, bot, chat_type, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, chat.chatId());
            insert.setString(2, chat.bot());
            insert.setString(3, chat.chatType());
            insert.setLong(4, chat.createdAt());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO chat_participants (chat_id, username, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < chat.participants().size(); i++) {
                insert.setString(1, chat.chatId());
                insert.setString(2, chat.participants().get(i));
                insert.setInt(3, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<Chat> find(Connection c, Optional<String> chatId, Optional<String> bot, Optional<String> user)
            throws SQLException {
        List<Chat> chats = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(FIND)) {
            int at = 1;
            for (Optional<String> filter : List.of(chatId, bot, user)) {
                query.setString(at++, filter.orElse(null));
                query.setString(at++, filter.orElse(null));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    chats.add(new Chat(id, rows.getString(2), rows.getString(3), List.of(), rows.getLong(4)));
                }
            }
        }
        List<Chat> withParticipants = new ArrayList<>(chats.size());
        for (Chat chat : chats) {
            withParticipants.add(new Chat(chat.chatId(), chat.bot(), chat.chatType(), participants(c, chat.chatId()),
                    chat.createdAt()));
        }
        return withParticipants;
    }

    private static List<String> participants(Connection c, String chatId) throws SQLException {
        List<String> users = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT username FROM chat_participants WHERE chat_id = ? ORDER BY position")) {
            query.setString(1, chatId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
            }
        }
        return users;
    }
}
