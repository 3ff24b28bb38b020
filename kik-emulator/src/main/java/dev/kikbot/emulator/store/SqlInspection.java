package dev.kikbot.emulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SQL of what the inspector shows: the bots' Bot API calls (accepted ones linked from their messages,
 * refused ones with the chats they concerned) and the webhook requests that carried a message.
 */
final class SqlInspection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALL_COLUMNS = "a.id, a.after_seq, a.bot, a.received_at, a.method, a.path,"
            + " a.status, a.request_body, a.answer_body";

    private SqlInspection() {
    }

    /** @return the new call's id; its after_seq is the newest message at this moment */
    static long insertCall(Connection c, ApiCall call) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_calls (bot, received_at, method, path,"
                + " status, request_body, answer_body, after_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) FROM messages))",
                Statement.RETURN_GENERATED_KEYS)) {
            Rows.bind(insert, call.bot(), call.receivedAt(), call.method(), call.path(), call.status(),
                    call.requestBody(), call.answerBody().orElse(null));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Links the bot's stored messages to the accepted call that carried them. */
    static void link(Connection c, long callId, List<StoredMessage> stored) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE messages SET api_call_id = ? WHERE seq = ?")) {
            for (StoredMessage m : stored) {
                if (m.direction() == Direction.FROM_BOT) {
                    Rows.bind(update, callId, m.seq());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    static Refusal insertRefusal(Connection c, ApiCall call, List<String> chatIds) throws SQLException {
        long id = insertCall(c, call);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO api_call_chats (call_id, chat_id) VALUES (?, ?)")) {
            for (String chatId : chatIds) {
                Rows.bind(insert, id, chatId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return refusals(c, "SELECT " + CALL_COLUMNS + " FROM api_calls a WHERE a.id = ?", id).get(0);
    }

    /** @return refusals after {@code afterId}, oldest first: of a chat if given, else of a bot if given, else all */
    static List<Refusal> refusals(Connection c, Optional<String> chatId, Optional<String> bot, long afterId,
            int limit) throws SQLException {
        if (chatId.isPresent()) {
            return refusals(c, "SELECT " + CALL_COLUMNS + " FROM api_calls a JOIN api_call_chats k ON k.call_id = a.id"
                    + " WHERE k.chat_id = ? AND a.status >= 300 AND a.id > ? ORDER BY a.id LIMIT ?",
                    chatId.get(), afterId, limit);
        }
        if (bot.isPresent()) {
            return refusals(c, "SELECT " + CALL_COLUMNS + " FROM api_calls a"
                    + " WHERE a.bot = ? AND a.status >= 300 AND a.id > ? ORDER BY a.id LIMIT ?", bot.get(), afterId,
                    limit);
        }
        return refusals(c, "SELECT " + CALL_COLUMNS + " FROM api_calls a"
                + " WHERE a.status >= 300 AND a.id > ? ORDER BY a.id LIMIT ?", afterId, limit);
    }

    private static List<Refusal> refusals(Connection c, String sql, Object... args) throws SQLException {
        List<Refusal> found = new ArrayList<>();
        for (CallRow row : Rows.list(c, sql, SqlInspection::callRow, args)) {
            List<String> chats = Rows.list(c, "SELECT chat_id FROM api_call_chats WHERE call_id = ? ORDER BY chat_id",
                    r -> r.getString(1), row.id());
            found.add(new Refusal(row.id(), row.afterSeq(), row.call(), chats));
        }
        return found;
    }

    /** A row of api_calls: the call and where it stands. */
    private record CallRow(long id, long afterSeq, ApiCall call) {
    }

    private static CallRow callRow(ResultSet row) throws SQLException {
        ApiCall call = new ApiCall(row.getString(3), row.getLong(4), row.getString(5), row.getString(6),
                row.getInt(7), row.getString(8), Optional.ofNullable(row.getString(9)));
        return new CallRow(row.getLong(1), row.getLong(2), call);
    }

    /** @return the webhook requests that carried the message of that sequence number, oldest first */
    static List<DeliveryAttempt> attemptsOf(Connection c, long seq) throws SQLException {
        return Rows.list(c, "SELECT d.bot, d.attempted_at, d.status, d.latency_ms, d.error, d.url,"
                + " d.request_headers, d.request_body FROM delivery_attempt_messages l"
                + " JOIN delivery_attempts d ON d.id = l.attempt_id WHERE l.seq = ? ORDER BY d.id", row -> {
                    int status = row.getInt(3);
                    OptionalInt answered = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
                    Optional<WebhookRequest> request = row.getString(6) == null ? Optional.empty()
                            : Optional.of(new WebhookRequest(row.getString(6), headers(row.getString(7)),
                                    row.getString(8)));
                    return new DeliveryAttempt(row.getString(1), row.getLong(2), List.of(), answered, row.getLong(4),
                            Optional.ofNullable(row.getString(5)), request);
                }, seq);
    }

    /** @return the accepted call that carried a bot's message */
    static Optional<ApiCall> callOf(Connection c, long seq) throws SQLException {
        return Rows.list(c, "SELECT " + CALL_COLUMNS + " FROM messages m JOIN api_calls a ON a.id = m.api_call_id"
                + " WHERE m.seq = ?", row -> callRow(row).call(), seq).stream().findFirst();
    }

    static Optional<byte[]> coreProto(Connection c, long seq) throws SQLException {
        return Rows.list(c, "SELECT core_proto FROM messages WHERE seq = ?", row -> Optional.ofNullable(row.getBytes(1)),
                seq).stream().findFirst().flatMap(bytes -> bytes);
    }

    static String headersJson(List<WebhookRequest.Header> headers) {
        ObjectNode object = JSON.createObjectNode();
        headers.forEach(header -> object.put(header.name(), header.value()));
        return object.toString();
    }

    private static List<WebhookRequest.Header> headers(String json) throws SQLException {
        try {
            List<WebhookRequest.Header> headers = new ArrayList<>();
            JsonNode object = JSON.readTree(json == null ? "{}" : json);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                headers.add(new WebhookRequest.Header(field.getKey(), field.getValue().asText()));
            }
            return headers;
        } catch (JsonProcessingException e) {
            throw new SQLException("delivery_attempts.request_headers is not a JSON object: " + json, e);
        }
    }
}
