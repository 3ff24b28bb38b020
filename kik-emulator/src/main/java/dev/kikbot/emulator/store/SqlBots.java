package dev.kikbot.emulator.store;

import dev.kikbot.api.Configuration;
import dev.kikbot.emulator.BotAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The SQL of bots, run inside {@link SqlStore}'s transactions. The configuration is kept as its JSON. */
final class SqlBots {

    private static final String SELECT = "SELECT username, api_key, config_json FROM bots";

    private SqlBots() {
    }

    static boolean insert(Connection c, BotAccount bot, long now) throws SQLException {
        if (Rows.exists(c, "SELECT 1 FROM bots WHERE username = ?", bot.username())) {
            return false;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bots (username, api_key, config_json, created_at) VALUES (?, ?, ?, ?)")) {
            Rows.bind(insert, bot.username(), bot.apiKey(), bot.configuration().toJson(), now);
            insert.executeUpdate();
        }
        return true;
    }

    static int update(Connection c, BotAccount bot) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE bots SET api_key = ?, config_json = ? WHERE username = ?")) {
            Rows.bind(update, bot.apiKey(), bot.configuration().toJson(), bot.username());
            return update.executeUpdate();
        }
    }

    static List<BotAccount> one(Connection c, String username) throws SQLException {
        return select(c, SELECT + " WHERE username = ?", username);
    }

    static List<BotAccount> all(Connection c) throws SQLException {
        return select(c, SELECT + " ORDER BY username");
    }

    private static List<BotAccount> select(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, row -> new BotAccount(row.getString(1), row.getString(2),
                Configuration.fromJson(row.getString(3))), args);
    }
}
