package dev.kikbot.emulator.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the one connection's prepared statements, so that each SQL text is compiled once.
 *
 * <p>SQLite compiles a statement in about the time it takes to run a small one: before this cache, compiling
 * was 45% of a long poll's reads. The SQL classes are written as plain JDBC ({@code try (PreparedStatement s =
 * c.prepareStatement(sql))}); the connection they get is a view of the real one whose
 * {@code prepareStatement} hands out a kept statement and whose statements' {@code close()} only clears them
 * for the next use. Not thread-safe: {@link Database} uses it under its lock.
 */
final class StatementCache {

    private final Connection connection;
    private final Connection view;
    private final Map<String, PreparedStatement> kept = new HashMap<>();
    private final Set<String> inUse = new HashSet<>();

    StatementCache(Connection connection) {
        this.connection = connection;
        this.view = (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args.length <= 2
                            && (args.length == 1 || args[1] instanceof Integer)) {
                        int keys = args.length == 2 ? (Integer) args[1] : Statement.NO_GENERATED_KEYS;
                        return prepare((String) args[0], keys);
                    }
                    return invoke(connection, method, args);
                });
    }

    /** @return the connection as the SQL classes should see it */
    Connection connection() {
        return view;
    }

    /**
     * Closes every kept statement: after a failure, so that no statement is reused in a state the failure
     * left it in, and before the connection closes.
     */
    void clear() {
        for (PreparedStatement statement : kept.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // it is being thrown away; the connection reports its own failures
            }
        }
        kept.clear();
        inUse.clear();
    }

    private PreparedStatement prepare(String sql, int generatedKeys) throws SQLException {
        String key = generatedKeys + sql;
        if (!inUse.add(key)) {
            // the same SQL is open twice at once (a query inside the loop over its own rows): a one-off
            return connection.prepareStatement(sql, generatedKeys);
        }
        PreparedStatement statement = kept.get(key);
        if (statement == null) {
            statement = connection.prepareStatement(sql, generatedKeys);
            kept.put(key, statement);
        }
        return lent(key, statement);
    }

    /** The statement as the caller sees it: its close() returns it here instead of closing it. */
    private PreparedStatement lent(String key, PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (inUse.remove(key)) {
                            statement.clearParameters();
                            statement.clearBatch();
                        }
                        return null;
                    }
                    return invoke(statement, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
