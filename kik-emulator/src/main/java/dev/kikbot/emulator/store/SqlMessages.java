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
            + " CASE WHEN o.seq IS NULL THEN 0 ELSE 1 END, m.by_platform,"
            + " m.read_by, m.read_at";

    List<StoredMessage> insert(Connection c, List<NewMessage> messages) throws SQLException {
        List<StoredMessage> stored = new ArrayList<>(messages.size());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO messages (chat_id, bot, direction,"
                + " message_id, username, type, bot_json, core_json, core_proto, created_at, by_platform)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (seq, bot) VALUES (?, ?)")) {
            for (NewMessage m : messages) {
                Rows.bind(insert, m.chatId(), m.bot(), m.direction().wire(), m.messageId(), m.user(), m.type(),
                        m.botJson(), m.coreJson().orElse(null), m.coreProto().orElse(null), m.createdAt(), m.byPlatform() ? 1 : 0);
                insert.executeUpdate();
                long seq;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
                if (m.deliver()) {
                    Rows.bind(outbox, seq, m.bot());
                    outbox.executeUpdate();
                }
                stored.add(new StoredMessage(seq, m.chatId(), m.bot(), m.direction(), m.messageId(), m.user(),
                        m.type(), m.botJson(), m.coreJson(), m.createdAt(), 0, OptionalLong.empty(), m.deliver(),
                        m.byPlatform(), Optional.empty()));
            }
        }
        return stored;
    }

    Set<String> knownIds(Connection c, String bot, Direction direction, Collection<String> ids) throws SQLException {
        Set<String> known = new HashSet<>();
        for (String id : ids) {
            if (Rows.exists(c, "SELECT 1 FROM messages WHERE bot = ? AND direction = ? AND message_id = ?", bot,
                    direction.wire(), id)) {
                known.add(id);
            }
        }
        return known;
    }

    List<StoredMessage> inChat(Connection c, String chatId, long afterSeq, int limit) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM messages m LEFT JOIN outbox o ON o.seq = m.seq"
                + " WHERE m.chat_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?", chatId, afterSeq, limit);
    }

    /** @return up to {@code limit} messages of every chat after {@code afterSeq}, oldest first */
    List<StoredMessage> after(Connection c, long afterSeq, int limit) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM messages m LEFT JOIN outbox o ON o.seq = m.seq"
                + " WHERE m.seq > ? ORDER BY m.seq LIMIT ?", afterSeq, limit);
    }

    List<StoredMessage> bySeq(Connection c, String chatId, long seq) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM messages m LEFT JOIN outbox o ON o.seq = m.seq"
                + " WHERE m.chat_id = ? AND m.seq = ?", chatId, seq);
    }

    List<StoredMessage> byId(Connection c, String chatId, Direction direction, String messageId)
            throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM messages m LEFT JOIN outbox o ON o.seq = m.seq"
                + " WHERE m.chat_id = ? AND m.direction = ? AND m.message_id = ?", chatId, direction.wire(), messageId);
    }

    List<StoredMessage> pending(Connection c, String bot, int limit) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM outbox o JOIN messages m ON m.seq = o.seq"
                + " WHERE o.bot = ? ORDER BY o.seq LIMIT ?", bot, limit);
    }

    List<String> botsWithPending(Connection c) throws SQLException {
        return Rows.list(c, "SELECT DISTINCT bot FROM outbox ORDER BY bot", row -> row.getString(1));
    }

    void recordAttempt(Connection c, DeliveryAttempt attempt, List<Long> seqs) throws SQLException {
        long attemptId;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_attempts (bot, attempted_at,"
                + " message_ids, status, latency_ms, error, url, request_headers, request_body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Integer status = attempt.status().isPresent() ? attempt.status().getAsInt() : null;
            Optional<WebhookRequest> request = attempt.request();
            Rows.bind(insert, attempt.bot(), attempt.attemptedAt(), IDS.writeValueAsString(attempt.messageIds()),
                    status, attempt.latencyMillis(), attempt.error().orElse(null),
                    request.map(WebhookRequest::url).orElse(null),
                    request.isPresent() ? SqlInspection.headersJson(request.get().headers()) : null,
                    request.map(WebhookRequest::body).orElse(null));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                attemptId = keys.getLong(1);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
        try (PreparedStatement link = c.prepareStatement(
                "INSERT INTO delivery_attempt_messages (attempt_id, seq) VALUES (?, ?)")) {
            for (long seq : seqs) {
                Rows.bind(link, attemptId, seq);
                link.addBatch();
            }
            link.executeBatch();
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
        return Rows.list(c, "SELECT bot, attempted_at, message_ids, status, latency_ms, error FROM (SELECT * FROM"
                + " delivery_attempts WHERE bot = ? ORDER BY id DESC LIMIT ?) recent ORDER BY id", row -> {
                    int status = row.getInt(4);
                    OptionalInt answered = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
                    return new DeliveryAttempt(row.getString(1), row.getLong(2), ids(row.getString(3)), answered,
                            row.getLong(5), Optional.ofNullable(row.getString(6)));
                }, bot, limit);
    }

    private static List<String> ids(String json) throws SQLException {
        try {
            return IDS.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("delivery_attempts.message_ids is not a JSON array: " + json, e);
        }
    }

    /** Marks the bot's user messages read, those not read yet; the first mark stands. */
    void markRead(Connection c, String bot, Collection<String> messageIds, String by, long at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE messages SET read_at = ?, read_by = ?"
                + " WHERE bot = ? AND direction = ? AND message_id = ? AND read_at IS NULL")) {
            for (String id : messageIds) {
                Rows.bind(update, at, by, bot, Direction.TO_BOT.wire(), id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static List<StoredMessage> select(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, row -> {
            String readBy = row.getString(15);
            Optional<StoredMessage.Read> read = readBy == null ? Optional.empty()
                    : Optional.of(new StoredMessage.Read(readBy, row.getLong(16)));
            long delivered = row.getLong(12);
            OptionalLong deliveredAt = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(delivered);
            return new StoredMessage(row.getLong(1), row.getString(2), row.getString(3),
                    Direction.ofWire(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                    row.getString(8), Optional.ofNullable(row.getString(9)), row.getLong(10), row.getInt(11),
                    deliveredAt, row.getInt(13) == 1, row.getInt(14) == 1, read);
        }, args);
    }
}
