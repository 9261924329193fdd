package dev.mediaaccess.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * How values cross into columns. Instants are stored as nanoseconds since the epoch in a 64-bit integer: exact for
 * every instant between the years 1677 and 2262, and ordered the same way in SQLite and PostgreSQL.
 */
final class Columns {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Columns() {}

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    static Long nanos(Optional<Instant> instant) {
        return instant.map(Columns::nanos).orElse(null);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return Instant.ofEpochSecond(0, row.getLong(column));
    }

    static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        long nanos = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(0, nanos));
    }

    static Optional<String> optionalString(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    static <T> Optional<T> optional(ResultSet row, String column, Function<String, T> parse) throws SQLException {
        return optionalString(row, column).map(parse);
    }

    static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, row.getString(column));
    }

    static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
