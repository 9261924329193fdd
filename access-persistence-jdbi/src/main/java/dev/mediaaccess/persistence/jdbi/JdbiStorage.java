package dev.mediaaccess.persistence.jdbi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariDataSource;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.core.storage.Transactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Durable storage for every port of the core, on SQLite (one file, the embedded default) or PostgreSQL. Opening it
 * migrates the schema to the newest version. Close it to close its connection pool.
 *
 * <pre>{@code
 * try (JdbiStorage storage = JdbiStorage.sqlite(Path.of("media-access.db")).open()) { ... }
 * JdbiStorage storage = JdbiStorage.postgres("jdbc:postgresql://db/app", "app", secret).poolSize(20).open();
 * }</pre>
 */
public final class JdbiStorage implements AccessStorage, AutoCloseable {
    private final Dialect dialect;
    private final Optional<HikariDataSource> ownPool;
    private final ThreadBoundTransactions transactions;
    private final MediaCatalog media;
    private final GuestLinks guestLinks;
    private final Invitations invitations;
    private final OneTimeCodes oneTimeCodes;
    private final Participants participants;
    private final Passes passes;
    private final AuditLog auditLog;

    private JdbiStorage(Dialect dialect, DataSource dataSource, Optional<HikariDataSource> ownPool) {
        this.dialect = dialect;
        this.ownPool = ownPool;
        SqlDialect sql = dialect.strategy();
        Jdbi jdbi = Jdbi.create(dataSource);
        sql.configure(jdbi);
        this.transactions = new ThreadBoundTransactions(jdbi, sql.writeBoundary());
        this.media = new SqlMediaCatalog(transactions, sql);
        this.guestLinks = new SqlGuestLinks(transactions);
        this.invitations = new SqlInvitations(transactions, sql);
        this.oneTimeCodes = new SqlOneTimeCodes(transactions, sql);
        this.participants = new SqlParticipants(transactions, sql);
        this.passes = new SqlPasses(transactions);
        this.auditLog = new SqlAuditLog(transactions);
    }

    /** Storage in one SQLite file, created if missing. */
    public static SqliteBuilder sqlite(Path file) {
        return new SqliteBuilder(requireNonNull(file, "file"));
    }

    /** Storage in a PostgreSQL database, for example {@code jdbc:postgresql://localhost:5432/app}. */
    public static PostgresBuilder postgres(String jdbcUrl, String user, String password) {
        return new PostgresBuilder(requireNonNull(jdbcUrl, "jdbcUrl"), requireNonNull(user, "user"), requireNonNull(password, "password"));
    }

    /**
     * Storage on a data source the host already pools and will close itself. For SQLite, the data source must set
     * the pragmas this library relies on for every connection (see {@code docs/persistence.md}).
     */
    public static DataSourceBuilder dataSource(DataSource dataSource, Dialect dialect) {
        return new DataSourceBuilder(requireNonNull(dataSource, "dataSource"), requireNonNull(dialect, "dialect"));
    }

    /** The database this storage runs on. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public MediaCatalog media() {
        return media;
    }

    @Override
    public GuestLinks guestLinks() {
        return guestLinks;
    }

    @Override
    public Invitations invitations() {
        return invitations;
    }

    @Override
    public OneTimeCodes oneTimeCodes() {
        return oneTimeCodes;
    }

    @Override
    public Participants participants() {
        return participants;
    }

    @Override
    public Passes passes() {
        return passes;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    /** Closes the connection pool this storage opened; a data source given by the host is left open. */
    @Override
    public void close() {
        ownPool.ifPresent(HikariDataSource::close);
    }

    private static JdbiStorage migratedOn(
            Dialect dialect, DataSource dataSource, Optional<String> schema, Optional<HikariDataSource> ownPool) {
        try {
            SchemaMigrations.migrate(dataSource, dialect.strategy(), schema);
            return new JdbiStorage(dialect, dataSource, ownPool);
        } catch (RuntimeException | Error failure) {
            ownPool.ifPresent(HikariDataSource::close);
            throw failure;
        }
    }

    private static int positive(int value, String name) {
        checkArgument(value >= 1, "%s must be at least 1", name);
        return value;
    }

    private static Duration positive(Duration value, String name) {
        checkArgument(!value.isNegative() && !value.isZero(), "%s must be positive", name);
        return value;
    }

    /** Settings for SQLite storage; every one has a default. */
    public static final class SqliteBuilder {
        /** Measured: see docs/persistence.md, "Choosing the pool size". */
        static final int DEFAULT_POOL_SIZE = 2;

        private final Path file;
        private int poolSize = DEFAULT_POOL_SIZE;
        private Synchronous synchronous = Synchronous.FULL;
        private Duration busyTimeout = Duration.ofSeconds(10);
        private Duration connectionTimeout = Duration.ofSeconds(30);

        private SqliteBuilder(Path file) {
            this.file = file;
        }

        /** Connections in the pool (default 2: one writer and one reader at a time, measured best on two cores). */
        public SqliteBuilder poolSize(int connections) {
            this.poolSize = positive(connections, "poolSize");
            return this;
        }

        /** Durability of each commit (default {@link Synchronous#FULL}). */
        public SqliteBuilder synchronous(Synchronous mode) {
            this.synchronous = requireNonNull(mode, "mode");
            return this;
        }

        /** How long a write waits for another process's write to finish before failing (default 10 seconds). */
        public SqliteBuilder busyTimeout(Duration timeout) {
            this.busyTimeout = positive(timeout, "busyTimeout");
            return this;
        }

        /** How long a call waits for a free connection from the pool (default 30 seconds). */
        public SqliteBuilder connectionTimeout(Duration timeout) {
            this.connectionTimeout = positive(timeout, "connectionTimeout");
            return this;
        }

        public JdbiStorage open() {
            HikariDataSource pool = SqlitePool.open(file, poolSize, synchronous, busyTimeout, connectionTimeout);
            return migratedOn(Dialect.SQLITE, pool, Optional.empty(), Optional.of(pool));
        }
    }

    /** Settings for PostgreSQL storage; every one has a default. */
    public static final class PostgresBuilder {
        private final String jdbcUrl;
        private final String user;
        private final String password;
        private int poolSize = 10;
        private Optional<String> schema = Optional.empty();
        private Duration connectionTimeout = Duration.ofSeconds(30);

        private PostgresBuilder(String jdbcUrl, String user, String password) {
            this.jdbcUrl = jdbcUrl;
            this.user = user;
            this.password = password;
        }

        /** Connections in the pool (default 10). */
        public PostgresBuilder poolSize(int connections) {
            this.poolSize = positive(connections, "poolSize");
            return this;
        }

        /**
         * Keeps every table in this schema, created if missing (default: the user's search path, usually
         * {@code public}). Independent deployments sharing one database each take their own schema.
         */
        public PostgresBuilder schema(String name) {
            checkArgument(name.matches("[a-z_][a-z0-9_]{0,62}"), "schema must be a lower-case SQL identifier");
            this.schema = Optional.of(name);
            return this;
        }

        /** How long a call waits for a free connection from the pool (default 30 seconds). */
        public PostgresBuilder connectionTimeout(Duration timeout) {
            this.connectionTimeout = positive(timeout, "connectionTimeout");
            return this;
        }

        public JdbiStorage open() {
            HikariDataSource pool = PostgresPool.open(jdbcUrl, user, password, schema, poolSize, connectionTimeout);
            return migratedOn(Dialect.POSTGRESQL, pool, schema, Optional.of(pool));
        }
    }

    /** Settings for storage on a host's own data source. */
    public static final class DataSourceBuilder {
        private final DataSource dataSource;
        private final Dialect dialect;

        private DataSourceBuilder(DataSource dataSource, Dialect dialect) {
            this.dataSource = dataSource;
            this.dialect = dialect;
        }

        public JdbiStorage open() {
            return migratedOn(dialect, dataSource, Optional.empty(), Optional.empty());
        }
    }
}
