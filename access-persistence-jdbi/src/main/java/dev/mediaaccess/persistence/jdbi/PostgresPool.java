package dev.mediaaccess.persistence.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;

/** A Hikari pool of PostgreSQL connections, optionally confined to one schema. */
final class PostgresPool {
    private PostgresPool() {}

    static HikariDataSource open(
            String jdbcUrl, String user, String password, Optional<String> schema, int poolSize, Duration connectionTimeout) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("media-access-postgresql");
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        schema.ifPresent(pool::setSchema);
        pool.setMaximumPoolSize(poolSize);
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        // Sends a batch of inserts as multi-row statements: bulk invitations in a few round trips.
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(pool);
    }
}
