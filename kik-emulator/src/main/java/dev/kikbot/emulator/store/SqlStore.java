package dev.kikbot.emulator.store;

import dev.kikbot.api.Configuration;
import dev.kikbot.emulator.BotAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@link Store} on SQLite, through prepared statements only. Bots, users, chats and codes are here; the
 * messages, the outbox and delivery attempts are in {@link SqlMessages}.
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
        return db.transaction(c -> {
            if (exists(c, "SELECT 1 FROM bots WHERE username = ?", bot.username())) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bots (username, api_key, config_json, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, bot.username());
                insert.setString(2, bot.apiKey());
                insert.setString(3, bot.configuration().toJson());
                insert.setLong(4, clock.millis());
                insert.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void updateBot(BotAccount bot) {
        db.transaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE bots SET api_key = ?, config_json = ? WHERE username = ?")) {
                update.setString(1, bot.apiKey());
                update.setString(2, bot.configuration().toJson());
                update.setString(3, bot.username());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Optional<BotAccount> bot(String username) {
        return db.read(c -> bots(c, "SELECT username, api_key, config_json FROM bots WHERE username = ?", username))
                .stream().findFirst();
    }

    @Override
    public List<BotAccount> bots() {
        return db.read(c -> bots(c, "SELECT username, api_key, config_json FROM bots ORDER BY username"));
    }

    private static List<BotAccount> bots(Connection c, String sql, String... args) throws SQLException {
        List<BotAccount> bots = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, (Object[]) args);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bots.add(new BotAccount(rows.getString(1), rows.getString(2),
                            Configuration.fromJson(rows.getString(3))));
                }
            }
        }
        return bots;
    }

    @Override
    public boolean addUser(SimUser user) {
        return db.transaction(c -> {
            if (exists(c, "SELECT 1 FROM users WHERE username = ?", user.username())) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO users (username, first_name, last_name,"
                    + " profile_pic_url, profile_pic_last_modified, timezone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, user.username());
                insert.setString(2, user.firstName());
                insert.setString(3, user.lastName());
                insert.setString(4, user.profilePicUrl().orElse(null));
                if (user.profilePicLastModified().isPresent()) {
                    insert.setLong(5, user.profilePicLastModified().getAsLong());
                } else {
                    insert.setNull(5, Types.BIGINT);
                }
                insert.setString(6, user.timezone().orElse(null));
                insert.setLong(7, clock.millis());
                insert.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public Optional<SimUser> user(String username) {
        return db.read(c -> users(c, " WHERE username = ?", username)).stream().findFirst();
    }

    @Override
    public List<SimUser> users() {
        return db.read(c -> users(c, " ORDER BY username"));
    }

    private static List<SimUser> users(Connection c, String where, String... args) throws SQLException {
        List<SimUser> users = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT username, first_name, last_name, profile_pic_url,"
                + " profile_pic_last_modified, timezone FROM users" + where)) {
            bind(query, (Object[]) args);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long modified = rows.getLong(5);
                    users.add(new SimUser(rows.getString(1), rows.getString(2), rows.getString(3),
                            Optional.ofNullable(rows.getString(4)),
                            rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(modified),
                            Optional.ofNullable(rows.getString(6))));
                }
            }
        }
        return users;
    }

    @Override
    public boolean addChat(Chat chat, List<NewMessage> first) {
        return db.transaction(c -> {
            if (exists(c, "SELECT 1 FROM chats WHERE chat_id = ?", chat.chatId())) {
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
        return db.read(c -> exists(c, "SELECT 1 FROM chats c JOIN chat_participants p ON p.chat_id = c.chat_id"
                + " WHERE c.bot = ? AND p.username = ?", bot, user));
    }

    @Override
    public List<StoredMessage> append(List<NewMessage> newMessages) {
        return db.transaction(c -> messages.insert(c, newMessages));
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
                insert.setString(1, id);
                insert.setString(2, bot);
                insert.setString(3, data.orElse(null));
                insert.setLong(4, createdAt);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void clear() {
        db.transaction(c -> {
            try (Statement delete = c.createStatement()) {
                for (String table : List.of("delivery_attempts", "outbox", "messages", "chat_participants", "chats",
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

    /** Sets the statement's parameters in order. */
    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    static boolean exists(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, (Object[]) args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
