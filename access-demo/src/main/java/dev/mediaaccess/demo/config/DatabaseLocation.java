package dev.mediaaccess.demo.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** Where the demo keeps its data: a SQLite file (the default) or a PostgreSQL server. */
public sealed interface DatabaseLocation {

    /** A SQLite database file, created with its folder on first start. */
    record SqliteFile(Path file) implements DatabaseLocation {
        public SqliteFile {
            requireNonNull(file, "file");
        }

        @Override
        public String toString() {
            return "SQLite file " + file;
        }
    }

    /** A PostgreSQL JDBC URL; it may carry {@code user} and {@code password} parameters. */
    record Postgres(String jdbcUrl) implements DatabaseLocation {
        public Postgres {
            requireNonNull(jdbcUrl, "jdbcUrl");
        }

        /** The URL without its query, so a password in it never reaches a log. */
        @Override
        public String toString() {
            int query = jdbcUrl.indexOf('?');
            return "PostgreSQL " + (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query));
        }
    }

    /**
     * Reads the {@code --database} value: a {@code jdbc:postgresql:} URL, a {@code jdbc:sqlite:} URL, or a plain
     * file path for SQLite.
     */
    static DatabaseLocation parse(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new BadConfig("--database must not be empty");
        }
        if (text.startsWith("jdbc:postgresql:")) {
            return new Postgres(text);
        }
        if (text.startsWith("jdbc:sqlite:")) {
            String file = text.substring("jdbc:sqlite:".length());
            if (file.isEmpty() || file.startsWith(":memory:") || file.contains("?")) {
                throw new BadConfig("--database jdbc:sqlite: needs a plain file path, e.g. jdbc:sqlite:data/media-access.db");
            }
            return new SqliteFile(Path.of(file));
        }
        if (text.startsWith("jdbc:")) {
            throw new BadConfig("--database must be a SQLite file path, a jdbc:sqlite: URL or a jdbc:postgresql: URL");
        }
        return new SqliteFile(Path.of(text));
    }
}
