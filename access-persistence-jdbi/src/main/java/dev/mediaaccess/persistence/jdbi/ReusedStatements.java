package dev.mediaaccess.persistence.jdbi;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each SQL text prepared once per physical SQLite connection and reuses it, as the PostgreSQL driver does on
 * its own. Neither sqlite-jdbc nor Hikari caches statements, and preparing and finalizing a statement costs SQLite
 * more than running a point select (measured: about half of an access check, see docs/benchmarks.md).
 *
 * <p>Statements are prepared on the unwrapped driver connection, so the pool does not close them when a handle
 * gives its connection back; they live as long as that connection. A statement still in use (the same SQL run again
 * while its result is open) is never handed out twice: the second use gets a fresh statement, closed after use.
 * Statements that return generated keys or updatable results are never reused.
 */
final class ReusedStatements implements StatementBuilder {
    /** One cache per physical connection; a connection the pool has closed and dropped is forgotten with it. */
    private static final Map<Connection, Map<String, PreparedStatement>> CACHES = Collections.synchronizedMap(new WeakHashMap<>());

    static final StatementBuilderFactory FACTORY = ReusedStatements::forConnection;

    private final StatementBuilder fallback = new DefaultStatementBuilder();
    private final Map<String, PreparedStatement> cache;
    private final Connection physical;
    private final Set<Statement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());

    private ReusedStatements(Connection physical, Map<String, PreparedStatement> cache) {
        this.physical = physical;
        this.cache = cache;
    }

    private static StatementBuilder forConnection(Connection connection) {
        Connection physical = physicalOf(connection);
        return new ReusedStatements(physical, CACHES.computeIfAbsent(physical, key -> new HashMap<>()));
    }

    private static Connection physicalOf(Connection connection) {
        try {
            return connection.isWrapperFor(org.sqlite.SQLiteConnection.class)
                    ? connection.unwrap(org.sqlite.SQLiteConnection.class)
                    : connection;
        } catch (SQLException e) {
            return connection;
        }
    }

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
        return fallback.create(connection, context);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
            return fallback.create(connection, sql, context);
        }
        PreparedStatement cached = cache.get(sql);
        if (cached == null || cached.isClosed()) {
            cached = physical.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            cache.put(sql, cached);
        } else if (inUse.contains(cached)) {
            return fallback.create(connection, sql, context);
        }
        inUse.add(cached);
        return cached;
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context) throws SQLException {
        return fallback.createCall(connection, sql, context);
    }

    /** A reused statement is reset for its next use; any other is closed. */
    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        if (statement != null && inUse.remove(statement)) {
            if (!statement.isClosed()) {
                ((PreparedStatement) statement).clearParameters();
                statement.clearBatch();
            }
            return;
        }
        fallback.close(connection, sql, statement);
    }
}
