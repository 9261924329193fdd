package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.Participant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that joins guests is killed with SIGKILL in mid-stream. Every join it acknowledged is in the database
 * afterwards, the file is intact, and every link's count of joins matches the guests stored for it.
 */
class CrashDurabilityTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path tempDir;

    @Test
    void everyAcknowledgedJoinSurvivesAKill() throws Exception {
        Path file = tempDir.resolve("crash.db");
        Process writer = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                GuestJoinWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();

        MediaId media;
        List<String[]> acknowledged = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = lines.readLine();
            assertThat(ready).as("the writer's first line").startsWith("READY ");
            media = MediaId.of(ready.substring("READY ".length()));
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = lines.readLine()) != null) {
                acknowledged.add(line.split(" "));
            }
            assertThat(writer.isAlive()).as("still writing when killed").isTrue();
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of its output.
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // What it printed before it died was acknowledged too.
            while ((line = lines.readLine()) != null) {
                acknowledged.add(line.split(" "));
            }
        }
        assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        try (JdbiStorage reopened = JdbiStorage.sqlite(file).open()) {
            for (String[] join : acknowledged) {
                assertThat(join[0]).isEqualTo("JOINED");
                assertThat(reopened.participants().findGuest(GuestJoinWriter.TENANT, GuestLinkId.of(join[1]), EmailAddress.parse(join[2])))
                        .as("acknowledged join of %s", join[2]).isPresent();
            }
            String integrity = ((ThreadBoundTransactions) reopened.transactions())
                    .withHandle(handle -> handle.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
            assertThat(integrity).isEqualTo("ok");

            Map<GuestLinkId, Long> guestsPerLink = reopened.participants().listForMedia(GuestJoinWriter.TENANT, media).stream()
                    .collect(Collectors.groupingBy(guest -> guest.link().orElseThrow(), Collectors.counting()));
            List<GuestLink> links = reopened.guestLinks().listForMedia(GuestJoinWriter.TENANT, media);
            assertThat(links).hasSize(2);
            for (GuestLink link : links) {
                assertThat((long) link.joinCount()).as("joins counted on %s", link.id())
                        .isEqualTo(guestsPerLink.getOrDefault(link.id(), 0L));
            }
            assertThat(guestsPerLink.values().stream().mapToLong(Long::longValue).sum())
                    .isGreaterThanOrEqualTo(acknowledged.size());
        }
    }
}
