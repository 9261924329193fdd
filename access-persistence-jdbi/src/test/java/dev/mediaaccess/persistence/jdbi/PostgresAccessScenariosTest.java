package dev.mediaaccess.persistence.jdbi;

import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.scenario.AccessScenarios;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The product's flows end to end on PostgreSQL; afterwards, no row of any table holds a secret handed out. */
class PostgresAccessScenariosTest extends AccessScenarios {
    private JdbiStorage storage;
    private String schema;

    @Override
    protected AccessStorage createStorage(Clock clock) {
        schema = EmbeddedPostgresServer.freshSchemaName();
        storage = EmbeddedPostgresServer.storageInSchema(schema).open();
        return storage;
    }

    @AfterEach
    void noSecretAtRest() {
        try {
            StoredSecretsCheck.assertNoSecretIn(everyRowAsText(), notifier().all(),
                    SqliteAccessScenariosTest.storedLinkTokens(storage));
        } finally {
            storage.close();
        }
    }

    private String everyRowAsText() {
        return ((ThreadBoundTransactions) storage.transactions()).withHandle(handle -> {
            List<String> tables = handle.createQuery("SELECT tablename FROM pg_tables WHERE schemaname = :schema")
                    .bind("schema", schema).mapTo(String.class).list();
            StringBuilder rows = new StringBuilder();
            for (String table : tables) {
                handle.createQuery("SELECT t::text FROM \"" + schema + "\".\"" + table + "\" t")
                        .mapTo(String.class).forEach(row -> rows.append(row).append('\n'));
            }
            return rows.toString();
        });
    }
}
