package dev.mediaaccess.demo.config;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

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

    /** A PostgreSQL server, by JDBC URL, with the user and password to sign in with. */
    record Postgres(String jdbcUrl, String user, String password) implements DatabaseLocation {
        public Postgres {
            requireNonNull(jdbcUrl, "jdbcUrl");
            requireNonNull(user, "user");
            requireNonNull(password, "password");
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
     * file path for SQLite. A PostgreSQL user and password come from {@code --database-user} and
     * {@code --database-password} (empty when absent), else from the URL's own {@code user} and {@code password}
     * parameters.
     */
    static DatabaseLocation parse(String value, Optional<String> user, Optional<String> password) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new BadConfig("--database must not be empty");
        }
        if (text.startsWith("jdbc:postgresql:")) {
            return new Postgres(text, user.or(() -> queryParameter(text, "user")).orElse(""),
                    password.or(() -> queryParameter(text, "password")).orElse(""));
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

    private static Optional<String> queryParameter(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
