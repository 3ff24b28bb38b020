package dev.kikbot.emulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** The SQL of messages, the outbox and delivery attempts, run inside {@link SqlStore}'s transactions. */
final class SqlMessages {

    private static final ObjectMapper IDS = new ObjectMapper();
    private static final String COLUMNS = "m.seq, m.chat_id, m.bot, m.direction, m.message_id, m.username, m.type,"
            + " m.bot_json, m.core_json, m.created_at, m.attempts, m.delivered_at,"
            + " CASE WHEN o.seq IS NULL THEN 0 ELSE 1 END";

    List<StoredMessage> insert(Connection c, List<NewMessage> messages) throws SQLException {
        List<StoredMessage> stored = new ArrayList<>(messages.size());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO messages (chat_id, bot, direction,"
                + " message_id, username, type, bot_json, core_json, core_proto, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (seq, bot) VALUES (?, ?)")) {
            for (NewMessage m : messages) {
                insert.setString(1, m.chatId());
                insert.setString(2, m.bot());
                insert.setString(3, m.direction().wire());
                insert.setString(4, m.messageId());
                insert.setString(5, m.user());
                insert.setString(6, m.type());
                insert.setString(7, m.botJson());
                insert.setString(8, m.coreJson().orElse(null));
                insert.setBytes(9, m.coreProto().orElse(null));
                insert.setLong(10, m.createdAt());
                insert.executeUpdate();
                long seq;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
                if (m.deliver()) {
                    outbox.setLong(1, seq);
                    outbox.setString(2, m.bot());
                    outbox.executeUpdate();
                }
                stored.add(new StoredMessage(seq, m.chatId(), m.bot(), m.direction(), m.messageId(), m.user(),
                        m.type(), m.botJson(), m.coreJson(), m.createdAt(), 0, OptionalLong.empty(), m.deliver()));
            }
        }
        return stored;
    }

    Set<String> knownIds(Connection c, String bot, Direction direction, Collection<String> ids) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT 1 FROM messages WHERE bot = ? AND direction = ? AND message_id = ?")) {
            for (String id : ids) {
                query.setString(1, bot);
                query.setString(2, direction.wire());
                query.setString(3, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        known.add(id);
                    }
                }
            }
        }
        return known;
    }

    List<StoredMessage> inChat(Connection c, String chatId, long afterSeq, int limit) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM messages m LEFT JOIN outbox o ON o.seq = m.seq"
                + " WHERE m.chat_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?", chatId, afterSeq, limit);
    }

    List<StoredMessage> pending(Connection c, String bot, int limit) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM outbox o JOIN messages m ON m.seq = o.seq"
                + " WHERE o.bot = ? ORDER BY o.seq LIMIT ?", bot, limit);
    }

    List<String> botsWithPending(Connection c) throws SQLException {
        List<String> bots = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT bot FROM outbox ORDER BY bot");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                bots.add(rows.getString(1));
            }
        }
        return bots;
    }

    void recordAttempt(Connection c, DeliveryAttempt attempt, List<Long> seqs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_attempts (bot, attempted_at,"
                + " message_ids, status, latency_ms, error) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, attempt.bot());
            insert.setLong(2, attempt.attemptedAt());
            insert.setString(3, IDS.writeValueAsString(attempt.messageIds()));
            insert.setObject(4, attempt.status().isPresent() ? attempt.status().getAsInt() : null);
            insert.setLong(5, attempt.latencyMillis());
            insert.setString(6, attempt.error().orElse(null));
            insert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
        String done = attempt.delivered() ? ", delivered_at = ?" : "";
        try (PreparedStatement update = c.prepareStatement("UPDATE messages SET attempts = attempts + 1" + done
                + " WHERE seq = ?");
                PreparedStatement dequeue = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
            for (long seq : seqs) {
                int at = 1;
                if (attempt.delivered()) {
                    update.setLong(at++, attempt.attemptedAt() + attempt.latencyMillis());
                    dequeue.setLong(1, seq);
                    dequeue.addBatch();
                }
                update.setLong(at, seq);
                update.addBatch();
            }
            update.executeBatch();
            if (attempt.delivered()) {
                dequeue.executeBatch();
            }
        }
    }

    List<DeliveryAttempt> attempts(Connection c, String bot, int limit) throws SQLException {
        List<DeliveryAttempt> attempts = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT bot, attempted_at, message_ids, status, latency_ms,"
                + " error FROM (SELECT * FROM delivery_attempts WHERE bot = ? ORDER BY id DESC LIMIT ?) recent"
                + " ORDER BY id")) {
            query.setString(1, bot);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int status = rows.getInt(4);
                    OptionalInt answered = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
                    attempts.add(new DeliveryAttempt(rows.getString(1), rows.getLong(2),
                            IDS.readValue(rows.getString(3), new TypeReference<List<String>>() { }), answered,
                            rows.getLong(5), Optional.ofNullable(rows.getString(6))));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("delivery_attempts.message_ids is not a JSON array", e);
        }
        return attempts;
    }

    private static List<StoredMessage> select(Connection c, String sql, Object... args) throws SQLException {
        List<StoredMessage> messages = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            SqlStore.bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long delivered = rows.getLong(12);
                    OptionalLong deliveredAt = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(delivered);
                    messages.add(new StoredMessage(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Direction.ofWire(rows.getString(4)), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8), Optional.ofNullable(rows.getString(9)),
                            rows.getLong(10), rows.getInt(11), deliveredAt, rows.getInt(13) == 1));
                }
            }
        }
        return messages;
    }
}
