package dev.kikbot.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL classes prepare and close statements as plain JDBC does; through the cache, each SQL text is
 * compiled once, and closing a statement readies it for its next use instead of throwing it away.
 */
class StatementCacheTest {

    private static final String SELECT = "SELECT name FROM t WHERE id = ?";

    private Connection real;
    private StatementCache cache;
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        real = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement ddl = real.createStatement()) {
            ddl.execute("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL)");
            ddl.execute("INSERT INTO t (name) VALUES ('a'), ('b')");
        }
        cache = new StatementCache(real);
        c = cache.connection();
    }

    @AfterEach
    void close() throws SQLException {
        cache.clear();
        real.close();
    }

    @Test
    void theSameSqlIsCompiledOnceAndAnsweredWithEachUsesParameters() throws SQLException {
        PreparedStatement first = c.prepareStatement(SELECT);
        PreparedStatement compiled = first.unwrap(PreparedStatement.class);
        assertThat(name(first, 1)).isEqualTo("a");
        first.close();

        PreparedStatement second = c.prepareStatement(SELECT);

        assertThat(second.unwrap(PreparedStatement.class)).as("the statement SQLite compiled").isSameAs(compiled);
        assertThat(name(second, 2)).isEqualTo("b");
        second.close();
        assertThat(compiled.isClosed()).as("closing only returns it to the cache").isFalse();
    }

    @Test
    void closingClearsTheParametersSoNoneLeaksIntoTheNextUse() throws SQLException {
        try (PreparedStatement first = c.prepareStatement(SELECT)) {
            first.setLong(1, 1);
        }
        try (PreparedStatement second = c.prepareStatement(SELECT); ResultSet rows = second.executeQuery()) {
            assertThat(rows.next()).as("id = NULL finds nothing: the old 1 was cleared").isFalse();
        }
    }

    @Test
    void theSameSqlOpenTwiceAtOnceGetsTwoStatements() throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement outer = c.prepareStatement("SELECT id FROM t ORDER BY id");
                ResultSet ids = outer.executeQuery()) {
            while (ids.next()) {
                try (PreparedStatement inner = c.prepareStatement("SELECT id FROM t ORDER BY id")) {
                    assertThat(inner.unwrap(PreparedStatement.class))
                            .isNotSameAs(outer.unwrap(PreparedStatement.class));
                }
                names.add(ids.getString(1));
            }
        }
        assertThat(names).containsExactly("1", "2");
    }

    @Test
    void generatedKeysAreAskedForWithTheirOwnStatement() throws SQLException {
        String insert = "INSERT INTO t (name) VALUES (?)";
        try (PreparedStatement plain = c.prepareStatement(insert);
                PreparedStatement keyed = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            assertThat(keyed.unwrap(PreparedStatement.class)).isNotSameAs(plain.unwrap(PreparedStatement.class));
        }
        for (String name : List.of("c", "d")) {
            try (PreparedStatement keyed = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
                keyed.setString(1, name);
                keyed.executeUpdate();
                try (ResultSet keys = keyed.getGeneratedKeys()) {
                    keys.next();
                    assertThat(name(c.prepareStatement(SELECT), keys.getLong(1))).isEqualTo(name);
                }
            }
        }
    }

    @Test
    void afterAFailureTheStatementsAreCompiledAfresh() throws SQLException {
        PreparedStatement before = c.prepareStatement(SELECT);
        PreparedStatement compiled = before.unwrap(PreparedStatement.class);
        before.close();
        try (PreparedStatement broken = c.prepareStatement("INSERT INTO t (id, name) VALUES (1, 'again')")) {
            assertThatThrownBy(broken::executeUpdate).isInstanceOf(SQLException.class);
        }

        cache.clear();

        assertThat(compiled.isClosed()).isTrue();
        assertThat(name(c.prepareStatement(SELECT), 1)).isEqualTo("a");
    }

    private static String name(PreparedStatement select, long id) throws SQLException {
        try (select) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
