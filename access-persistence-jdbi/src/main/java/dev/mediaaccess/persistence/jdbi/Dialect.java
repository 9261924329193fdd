package dev.mediaaccess.persistence.jdbi;

/**
 * The SQL databases this storage runs on, as a host names them, for example in
 * {@link JdbiStorage#dataSource(javax.sql.DataSource, Dialect)}. Each stands for the package's own description of
 * that database: its migration scripts, its way of starting a write, its SQL where the databases differ.
 */
public enum Dialect {
    SQLITE(new SqliteDialect()),
    POSTGRESQL(new PostgresDialect());

    private final SqlDialect strategy;

    Dialect(SqlDialect strategy) {
        this.strategy = strategy;
    }

    SqlDialect strategy() {
        return strategy;
    }
}
