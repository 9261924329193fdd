package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Fixtures.NOW;
import static dev.mediaaccess.persistence.jdbi.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.media.model.Media;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Events recorded in one batch come back in the order given, after those recorded before, at the same instant. */
class AuditBatchTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchKeepsItsOrder(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media();
            storage.media().add(media);
            AuditEvent first = AuditEvent.of(TENANT, media.id(), NOW, AuditAction.MEDIA_REGISTERED, AuditActor.parse("user:owner-1"));
            storage.auditLog().record(first);
            List<AuditEvent> batch = new ArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                batch.add(AuditEvent.of(TENANT, media.id(), NOW, AuditAction.INVITATION_SENT, AuditActor.parse("user:owner-1"))
                        .withSubject("person-" + i + "@example.com"));
            }
            storage.transactions().write(() -> {
                storage.auditLog().recordAll(batch);
                return null;
            });
            storage.auditLog().recordAll(List.of());

            List<AuditEvent> expected = new ArrayList<>(List.of(first));
            expected.addAll(batch);
            assertThat(storage.auditLog().forMedia(TENANT, media.id())).containsExactlyElementsOf(expected);
        }
    }
}
