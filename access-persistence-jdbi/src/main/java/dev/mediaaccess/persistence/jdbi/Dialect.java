package dev.mediaaccess.persistence.jdbi;

/** The SQL databases this storage runs on. Each has its own migration scripts and way of starting a write. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    String migrationLocation() {
        return "classpath:dev/mediaaccess/persistence/jdbi/migration/" + migrationFolder;
    }
}
