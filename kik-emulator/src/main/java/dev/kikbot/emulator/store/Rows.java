package dev.kikbot.emulator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a prepared query and reads each row, the one loop every table's SQL needs. */
final class Rows {

    /** Reads one row into a value. */
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /** @return every row of the query with these parameters, read in order */
    static <T> List<T> list(Connection c, String sql, Reader<T> reader, Object... args) throws SQLException {
        List<T> values = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(reader.read(rows));
                }
            }
        }
        return values;
    }

    /** @return whether the query finds a row */
    static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        return !list(c, sql, row -> Boolean.TRUE, args).isEmpty();
    }

    /** Sets the statement's parameters in order. */
    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }
}
