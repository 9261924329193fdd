package dev.mediaaccess.benchmarks.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baseline for an access check: a raw JDBC point select of the pass row by its token digest, on a connection
 * and statement kept open, reading every column the adapter maps. No pool, no Jdbi, no objects.
 */
public final class RawPassSelect implements AutoCloseable {
    public static final String SQL = "SELECT * FROM pass WHERE token_digest = ?";

    private final Connection connection;
    private final PreparedStatement statement;

    public RawPassSelect(Connection connection) {
        try {
            this.connection = connection;
            this.statement = connection.prepareStatement(SQL);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the row; returns a checksum of it so that nothing is optimised away. */
    public long select(String digest) {
        try {
            statement.setString(1, digest);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no pass row for the benchmark digest");
                }
                return readRow(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same select, prepared on every call, as the adapter does through Jdbi (informative second baseline). */
    public long selectPreparingEachTime(String digest) {
        try (PreparedStatement each = connection.prepareStatement(SQL)) {
            each.setString(1, digest);
            try (ResultSet row = each.executeQuery()) {
                row.next();
                return readRow(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long readRow(ResultSet row) throws SQLException {
        long sum = 0;
        for (String column : new String[] {"tenant", "id", "media", "kind", "participant", "role", "token_digest", "state", "link"}) {
            String value = row.getString(column);
            sum += value == null ? 0 : value.length();
        }
        return sum + row.getLong("issued_at") + row.getLong("expires_at");
    }

    @Override
    public void close() {
        try {
            statement.close();
            connection.close();
        } catch (SQLException ignored) {
            // closing after the benchmark
        }
    }
}
