package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite statements are prepared once per connection and reused, and reuse never mixes up two open results. */
class ReusedStatementsTest {
    private static final String BY_ID = "SELECT name FROM item WHERE id = :id";

    @TempDir
    Path tempDir;

    private Jdbi jdbi;

    @BeforeEach
    void createTable() {
        jdbi = Jdbi.create("jdbc:sqlite:" + tempDir.resolve("reuse.db"));
        jdbi.setStatementBuilderFactory(ReusedStatements.FACTORY);
        jdbi.useHandle(handle -> {
            handle.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            for (int id = 1; id <= 3; id++) {
                handle.createUpdate("INSERT INTO item (id, name) VALUES (:id, :name)").bind("id", id).bind("name", "item " + id).execute();
            }
        });
    }

    @Test
    void theSameSqlOnOneConnectionRunsOnOnePreparedStatement() {
        try (Handle handle = jdbi.open()) {
            Statement first = statementOf(handle, 1);
            Statement second = statementOf(handle, 2);
            assertThat(second).isSameAs(first);
            assertThat(handle.createQuery(BY_ID).bind("id", 3).mapTo(String.class).one()).isEqualTo("item 3");
        }
    }

    @Test
    void theSameSqlRunWhileItsResultIsOpenGetsItsOwnStatement() {
        try (Handle handle = jdbi.open()) {
            List<String> pairs = new ArrayList<>();
            try (var outer = handle.createQuery("SELECT id FROM item ORDER BY id").mapTo(Integer.class).iterator()) {
                while (outer.hasNext()) {
                    int id = outer.next();
                    try (var names = handle.createQuery(BY_ID).bind("id", id).mapTo(String.class).iterator()) {
                        String name = names.next();
                        String again = handle.createQuery(BY_ID).bind("id", 4 - id).mapTo(String.class).one();
                        pairs.add(name + "/" + again);
                    }
                }
            }
            assertThat(pairs).containsExactly("item 1/item 3", "item 2/item 2", "item 3/item 1");
        }
    }

    @Test
    void aFailedStatementLeavesTheReusedOneUsable() {
        try (Handle handle = jdbi.open()) {
            String insert = "INSERT INTO item (id, name) VALUES (:id, :name)";
            try {
                handle.createUpdate(insert).bind("id", 1).bind("name", "duplicate").execute();
            } catch (RuntimeException expected) {
                // the primary key refuses it
            }
            handle.createUpdate(insert).bind("id", 4).bind("name", "item 4").execute();
            assertThat(handle.createQuery(BY_ID).bind("id", 4).mapTo(String.class).one()).isEqualTo("item 4");
        }
    }

    private static Statement statementOf(Handle handle, int id) {
        return handle.createQuery(BY_ID).bind("id", id).map((row, context) -> context.getStatement()).one();
    }
}
