package dev.kikbot.emulator.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;

/**
 * One SQLite connection, shared under a lock, with the schema brought up to date by Flyway.
 *
 * <p>One connection because SQLite has one writer anyway, and because an in-memory database lives in its
 * connection: a second connection would see another, empty database. A file database runs in WAL mode with
 * {@code synchronous=NORMAL}: a commit survives the process being killed (the outbox's promise), and only a
 * power cut could lose the last commits.
 */
final class Database implements AutoCloseable {

    /** The location that keeps nothing. */
    static final String IN_MEMORY = ":memory:";
    /** Namespaced, so that an application that embeds the emulator and uses Flyway keeps its migrations apart. */
    private static final String MIGRATIONS = "classpath:dev/kikbot/emulator/db/migration";

    private final Connection connection;
    private final StatementCache statements;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    /**
     * @param location {@link #IN_MEMORY} or a file path
     * @throws StoreException if the file cannot be opened or migrated
     */
    static Database open(String location) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location);
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA foreign_keys = ON");
                pragmas.execute("PRAGMA busy_timeout = 5000");
                if (!IN_MEMORY.equals(location)) {
                    pragmas.execute("PRAGMA journal_mode = WAL");
                    pragmas.execute("PRAGMA synchronous = NORMAL");
                }
            }
            migrate(connection);
            return new Database(connection);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Could not open the database " + location + ": " + e.getMessage(), e);
        }
    }

    /** Flyway gets the one connection, in a wrapper whose close() leaves it open. */
    private static void migrate(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(new SingleConnectionDataSource(unclosable))
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    /** Work on the connection, in one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work in a transaction: committed if it returns, rolled back if it throws. */
    <T> T transaction(Work<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(statements.connection());
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                statements.clear();
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database failure: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read on its own: SQLite reads one snapshot per statement in autocommit mode. */
    <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(statements.connection());
        } catch (SQLException e) {
            statements.clear();
            throw new StoreException("Database failure: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close the database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
