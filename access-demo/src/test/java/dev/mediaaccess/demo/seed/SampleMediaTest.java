package dev.mediaaccess.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.testkit.fixtures.RecordingNotifier;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import dev.mediaaccess.testkit.memory.InMemoryStorage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SampleMediaTest {
    private static final DemoUser OWNER = DemoUser.of(EmailAddress.parse("owner@example.com"), DisplayName.parse("Demo Owner"));

    private final InMemoryStorage storage = InMemoryStorage.create();
    private final AccessCore core = AccessCore.builder()
            .storage(storage)
            .secret(TestSecrets.HOST_SECRET)
            .publicBaseUrl("http://localhost:7070")
            .notifier(new RecordingNotifier())
            .build();
    private final SampleMedia samples = new SampleMedia(core.mediaRegistry(), storage.media(), storage.transactions());

    @Test
    void seeds_one_media_of_every_kind_owned_by_the_demo_owner() {
        var added = samples.seed(OWNER);

        assertThat(added).extracting(Media::kind).containsExactlyInAnyOrder(MediaKind.values());
        assertThat(added).allSatisfy(media -> {
            assertThat(media.owner()).isEqualTo(OWNER.id());
            assertThat(media.tenant()).isEqualTo(DemoUser.TENANT);
            assertThat(media.id()).isEqualTo(SampleMedia.idOf(media.kind()));
            assertThat(media.guestAccessEnabled()).isFalse();
        });
        assertThat(Arrays.stream(MediaKind.values()).map(SampleMedia::idOf).map(id -> id.value()))
                .contains("sample-video", "sample-room-session", "sample-live-event");
    }

    @Test
    void seeding_again_adds_nothing_and_leaves_what_is_there() {
        samples.seed(OWNER);
        core.guestLinkManagement().setGuestAccess(OWNER.principal(), SampleMedia.idOf(MediaKind.VIDEO), true);

        var addedAgain = samples.seed(OWNER);

        assertThat(addedAgain).isEmpty();
        assertThat(storage.media().find(DemoUser.TENANT, SampleMedia.idOf(MediaKind.VIDEO)))
                .hasValueSatisfying(media -> assertThat(media.guestAccessEnabled()).isTrue());
    }
}
