package dev.kikbot.emulator.store;

import dev.kikbot.emulator.BotAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Store} on SQLite, through prepared statements only: each method one transaction, its SQL in
 * {@link SqlBots}, {@link SqlUsers}, {@link SqlChats} and {@link SqlMessages} (messages, outbox, attempts).
 */
public final class SqlStore implements Store {

    private final Database db;
    private final Clock clock;
    private final SqlMessages messages;

    private SqlStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.messages = new SqlMessages();
    }

    /**
     * Opens (creating if need be) and migrates a database.
     *
     * @param location a file path, or {@code :memory:} for a database that lives as long as the store
     * @param clock the time of creation stamps
     * @throws StoreException if it cannot be opened or migrated
     */
    public static SqlStore open(String location, Clock clock) {
        return new SqlStore(Database.open(location), clock);
    }

    @Override
    public boolean addBot(BotAccount bot) {
        return db.transaction(c -> SqlBots.insert(c, bot, clock.millis()));
    }

    @Override
    public void updateBot(BotAccount bot) {
        db.transaction(c -> SqlBots.update(c, bot));
    }

    @Override
    public Optional<BotAccount> bot(String username) {
        return db.read(c -> SqlBots.one(c, username)).stream().findFirst();
    }

    @Override
    public List<BotAccount> bots() {
        return db.read(SqlBots::all);
    }

    @Override
    public boolean addUser(SimUser user) {
        return db.transaction(c -> SqlUsers.insert(c, user, clock.millis()));
    }

    @Override
    public Optional<SimUser> user(String username) {
        return db.read(c -> SqlUsers.one(c, username)).stream().findFirst();
    }

    @Override
    public List<SimUser> users() {
        return db.read(SqlUsers::all);
    }

    @Override
    public boolean addChat(Chat chat, List<NewMessage> first) {
        return db.transaction(c -> {
            if (Rows.exists(c, "SELECT 1 FROM chats WHERE chat_id = ?", chat.chatId())) {
                return false;
            }
            SqlChats.insert(c, chat);
            messages.insert(c, first);
            return true;
        });
    }

    @Override
    public Optional<Chat> chat(String chatId) {
        return db.read(c -> SqlChats.find(c, Optional.of(chatId), Optional.empty(), Optional.empty()))
                .stream().findFirst();
    }

    @Override
    public List<Chat> chats(Optional<String> bot, Optional<String> user) {
        return db.read(c -> SqlChats.find(c, Optional.empty(), bot, user));
    }

    @Override
    public boolean hasChatted(String bot, String user) {
        return db.read(c -> Rows.exists(c, "SELECT 1 FROM chats c JOIN chat_participants p ON p.chat_id = c.chat_id"
                + " WHERE c.bot = ? AND p.username = ?", bot, user));
    }

    @Override
    public List<StoredMessage> append(List<NewMessage> newMessages) {
        return db.transaction(c -> messages.insert(c, newMessages));
    }

    @Override
    public List<StoredMessage> append(List<NewMessage> newMessages, ApiCall call) {
        return db.transaction(c -> {
            long callId = SqlInspection.insertCall(c, call);
            List<StoredMessage> stored = messages.insert(c, newMessages);
            SqlInspection.link(c, callId, stored);
            return stored;
        });
    }

    @Override
    public long newestSeq() {
        return db.read(c -> Rows.list(c, "SELECT COALESCE(MAX(seq), 0) FROM messages", row -> row.getLong(1)))
                .get(0);
    }

    @Override
    public List<StoredMessage> messagesAfter(long afterSeq, int limit) {
        return db.read(c -> messages.after(c, afterSeq, limit));
    }

    @Override
    public Refusal addRefusal(ApiCall call, List<String> chatIds) {
        return db.transaction(c -> SqlInspection.insertRefusal(c, call, chatIds));
    }

    @Override
    public List<Refusal> refusals(Optional<String> chatId, Optional<String> bot, long afterId, int limit) {
        return db.read(c -> SqlInspection.refusals(c, chatId, bot, afterId, limit));
    }

    @Override
    public Optional<Inspection> inspection(String chatId, long seq) {
        return db.read(c -> {
            Optional<StoredMessage> message = messages.bySeq(c, chatId, seq).stream().findFirst();
            if (message.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Inspection(message.get(), SqlInspection.attemptsOf(c, seq),
                    SqlInspection.callOf(c, seq), SqlInspection.coreProto(c, seq)));
        });
    }

    @Override
    public List<KikCode> codes(String bot) {
        return db.read(c -> Rows.list(c, "SELECT id, bot, data FROM codes WHERE bot = ? ORDER BY created_at, id",
                row -> new KikCode(row.getString(1), row.getString(2), Optional.ofNullable(row.getString(3))), bot));
    }

    @Override
    public void markRead(String bot, Collection<String> messageIds, String by, long at) {
        db.transaction(c -> {
            messages.markRead(c, bot, messageIds, by, at);
            return null;
        });
    }

    @Override
    public Set<String> knownMessageIds(String bot, Direction direction, Collection<String> messageIds) {
        return db.read(c -> messages.knownIds(c, bot, direction, messageIds));
    }

    @Override
    public List<StoredMessage> messages(String chatId, long afterSeq, int limit) {
        return db.read(c -> messages.inChat(c, chatId, afterSeq, limit));
    }

    @Override
    public Optional<StoredMessage> message(String chatId, Direction direction, String messageId) {
        return db.read(c -> messages.byId(c, chatId, direction, messageId)).stream().findFirst();
    }

    @Override
    public List<StoredMessage> pending(String bot, int limit) {
        return db.read(c -> messages.pending(c, bot, limit));
    }

    @Override
    public List<String> botsWithPending() {
        return db.read(messages::botsWithPending);
    }

    @Override
    public void recordAttempt(DeliveryAttempt attempt, List<Long> seqs) {
        db.transaction(c -> {
            messages.recordAttempt(c, attempt, seqs);
            return null;
        });
    }

    @Override
    public List<DeliveryAttempt> attempts(String bot, int limit) {
        return db.read(c -> messages.attempts(c, bot, limit));
    }

    @Override
    public void addCode(String id, String bot, Optional<String> data, long createdAt) {
        db.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO codes (id, bot, data, created_at) VALUES (?, ?, ?, ?)")) {
                Rows.bind(insert, id, bot, data.orElse(null), createdAt);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<KikCode> code(String id) {
        return db.read(c -> Rows.list(c, "SELECT id, bot, data FROM codes WHERE id = ?",
                row -> new KikCode(row.getString(1), row.getString(2), Optional.ofNullable(row.getString(3))), id))
                .stream().findFirst();
    }

    @Override
    public void clear() {
        db.transaction(c -> {
            try (Statement delete = c.createStatement()) {
                for (String table : List.of("delivery_attempt_messages", "api_call_chats",
                        "api_calls", "delivery_attempts", "outbox", "messages", "chat_participants", "chats",
                        "codes", "users", "bots")) {
                    delete.executeUpdate("DELETE FROM " + table); // table names are constants, never input
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
