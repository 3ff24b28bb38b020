package dev.kikbot.emulator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The SQL of simulated users, run inside {@link SqlStore}'s transactions. */
final class SqlUsers {

    private static final String SELECT = "SELECT username, first_name, last_name, profile_pic_url,"
            + " profile_pic_last_modified, timezone FROM users";

    private SqlUsers() {
    }

    static boolean insert(Connection c, SimUser user, long now) throws SQLException {
        if (Rows.exists(c, "SELECT 1 FROM users WHERE username = ?", user.username())) {
            return false;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO users (username, first_name, last_name,"
                + " profile_pic_url, profile_pic_last_modified, timezone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Long modified = user.profilePicLastModified().isPresent() ? user.profilePicLastModified().getAsLong() : null;
            Rows.bind(insert, user.username(), user.firstName(), user.lastName(),
                    user.profilePicUrl().orElse(null), modified, user.timezone().orElse(null), now);
            insert.executeUpdate();
        }
        return true;
    }

    static List<SimUser> one(Connection c, String username) throws SQLException {
        return select(c, SELECT + " WHERE username = ?", username);
    }

    static List<SimUser> all(Connection c) throws SQLException {
        return select(c, SELECT + " ORDER BY username");
    }

    private static List<SimUser> select(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, row -> {
            long modified = row.getLong(5);
            OptionalLong lastModified = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(modified);
            return new SimUser(row.getString(1), row.getString(2), row.getString(3),
                    Optional.ofNullable(row.getString(4)), lastModified, Optional.ofNullable(row.getString(6)));
        }, args);
    }
}
