package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.storage.ConflictingWrite;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each dialect recognises its own database's unique violation, and only that: a NOT NULL or CHECK failure is a bug to
 * report as it is, never a {@link ConflictingWrite} the core would answer by running the use case again.
 */
class SqlDialectTest {
    private static final String CODE = "INSERT INTO one_time_code (tenant, invitation, code_digest, expires_at, attempts) VALUES ";

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDuplicateKeyIsAUniqueViolation(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            execute(storage, CODE + "('t', 'i', 'digest', 1, 0)");

            SQLException duplicate = refusal(storage, CODE + "('t', 'i', 'other digest', 2, 0)");

            assertThat(dialect.strategy().isUniqueViolation(duplicate)).as(duplicate.getMessage()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSecondPendingInvitationForOneEmailIsAConflictingWrite(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media();
            storage.invitations().addAll(List.of(Fixtures.invitation(media, "ann@example.com")));

            assertThatThrownBy(() -> storage.invitations().addAll(List.of(Fixtures.invitation(media, "ann@example.com"))))
                    .isInstanceOf(ConflictingWrite.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMissingValueIsNoUniqueViolation(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            SQLException notNull = refusal(storage, CODE + "('t', 'i', NULL, 1, 0)");

            assertThat(notNull.getMessage()).containsIgnoringCase("null");
            assertThat(dialect.strategy().isUniqueViolation(notNull)).as(notNull.getMessage()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailedCheckIsNoUniqueViolation(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            SQLException check = refusal(storage, CODE + "('t', 'i', 'digest', 1, -1)");

            assertThat(check.getMessage()).containsIgnoringCase("check");
            assertThat(dialect.strategy().isUniqueViolation(check)).as(check.getMessage()).isFalse();
        }
    }

    private static void execute(JdbiStorage storage, String sql) {
        ((ThreadBoundTransactions) storage.transactions()).withHandle(handle -> handle.execute(sql));
    }

    private static SQLException refusal(JdbiStorage storage, String sql) {
        Throwable thrown = catchThrowable(() -> execute(storage, sql));
        assertThat(thrown).hasCauseInstanceOf(SQLException.class);
        return (SQLException) thrown.getCause();
    }
}
