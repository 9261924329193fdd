package dev.mediaaccess.persistence.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A Hikari pool of SQLite connections. The pragmas live in the driver's {@link SQLiteConfig}, which sqlite-jdbc
 * applies to every connection it opens, so every pooled connection has them, however often Hikari replaces one.
 */
final class SqlitePool {
    private SqlitePool() {}

    static HikariDataSource open(Path file, int poolSize, Synchronous synchronous, Duration busyTimeout, Duration connectionTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Math.toIntExact(busyTimeout.toMillis()));
        config.setSynchronous(synchronous == Synchronous.FULL ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        // Our own writes issue BEGIN IMMEDIATE by hand; this covers JDBC transactions of others, such as Flyway's.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);

        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());

        HikariConfig pool = new HikariConfig();
        pool.setPoolName("media-access-sqlite");
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(poolSize);
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        return new HikariDataSource(pool);
    }
}
