package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.media.model.Media;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code findPending} finds every email of a list longer than one SQLite IN list, on both dialects. */
class PendingByManyEmailsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyOfMoreEmailsThanOneQueryTakesIsFound(Dialect dialect) {
        try (JdbiStorage storage = TestStorage.open(dialect, tempDir)) {
            Media media = Fixtures.media();
            List<Invitation> invited = IntStream.range(0, 1_201)
                    .mapToObj(i -> Fixtures.invitation(media, "invitee" + i + "@example.com"))
                    .toList();
            storage.invitations().addAll(invited);
            List<EmailAddress> asked = new ArrayList<>(invited.stream().map(Invitation::email).toList());
            asked.add(EmailAddress.parse("nobody@example.com"));

            assertThat(storage.invitations().findPending(TENANT, media.id(), asked)).containsExactlyInAnyOrderElementsOf(invited);
        }
    }
}
