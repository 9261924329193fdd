package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link AuditLog}. Extend it and implement {@link #createStorage}. */
@DisplayName("AuditLog contract")
public abstract class AuditLogContract extends StorageContract {
    private static final Instant NOW = TestData.NOW;
    private static final MediaId MEDIA = TestData.MEDIA;
    private static final GuestLinkId LINK = GuestLinkId.of("link-1");

    private AuditLog audit() {
        return storage.auditLog();
    }

    private AuditEvent recorded(AuditEvent event) {
        inWrite(() -> audit().record(event));
        return event;
    }

    private static AuditEvent event(TenantId tenant, MediaId media, Instant at, AuditAction action) {
        return AuditEvent.of(tenant, media, at, action, AuditActor.parse("user:owner-1"));
    }

    @Nested
    @DisplayName("recording and listing")
    class RecordingAndListing {
        @Test
        @DisplayName("every field of an event is kept")
        void keepsFields() {
            AuditEvent event = recorded(AuditEvent.of(TENANT, MEDIA, NOW, AuditAction.GUEST_JOIN_REFUSED, AuditActor.parse("guest:ann@example.com"))
                    .withSubject("ann@example.com").withLink(LINK).withInvitation(InvitationId.of("inv-1"))
                    .withParticipant(ParticipantId.of("p-1")).withReason("guest-link-expired"));

            assertThat(audit().forMedia(TENANT, MEDIA)).containsExactly(event);
            assertThat(audit().forLink(TENANT, LINK)).containsExactly(event);
        }

        @Test
        @DisplayName("a media item's events come back in recording order, those at the same instant in the order recorded")
        void recordingOrder() {
            AuditEvent first = recorded(event(TENANT, MEDIA, NOW, AuditAction.MEDIA_REGISTERED));
            AuditEvent sameInstantB = recorded(event(TENANT, MEDIA, NOW.plusSeconds(1), AuditAction.GUEST_LINK_CREATED));
            AuditEvent sameInstantA = recorded(event(TENANT, MEDIA, NOW.plusSeconds(1), AuditAction.GUEST_ACCESS_ENABLED));
            AuditEvent last = recorded(event(TENANT, MEDIA, NOW.plusSeconds(2), AuditAction.GUEST_JOINED));

            assertThat(audit().forMedia(TENANT, MEDIA)).containsExactly(first, sameInstantB, sameInstantA, last);
        }

        @Test
        @DisplayName("a media item's listing holds only its own events of its own tenant")
        void onlyThatMedia() {
            AuditEvent ours = recorded(event(TENANT, MEDIA, NOW, AuditAction.MEDIA_REGISTERED));
            recorded(event(TENANT, MediaId.of("other-media"), NOW, AuditAction.MEDIA_REGISTERED));
            AuditEvent theirs = recorded(event(OTHER_TENANT, MEDIA, NOW, AuditAction.MEDIA_REGISTERED));

            assertThat(audit().forMedia(TENANT, MEDIA)).containsExactly(ours);
            assertThat(audit().forMedia(OTHER_TENANT, MEDIA)).containsExactly(theirs);
        }

        @Test
        @DisplayName("a link's listing holds only events about that link, of its own tenant, in recording order")
        void forLink() {
            AuditEvent created = recorded(event(TENANT, MEDIA, NOW, AuditAction.GUEST_LINK_CREATED).withLink(LINK));
            recorded(event(TENANT, MEDIA, NOW, AuditAction.GUEST_ACCESS_ENABLED));
            recorded(event(TENANT, MEDIA, NOW, AuditAction.GUEST_LINK_CREATED).withLink(GuestLinkId.of("link-2")));
            recorded(event(OTHER_TENANT, MEDIA, NOW, AuditAction.GUEST_LINK_CREATED).withLink(LINK));
            AuditEvent joined = recorded(event(TENANT, MEDIA, NOW, AuditAction.GUEST_JOINED).withLink(LINK));

            assertThat(audit().forLink(TENANT, LINK)).containsExactly(created, joined);
        }

        @Test
        @DisplayName("a media item or link without events lists none")
        void empty() {
            recorded(event(TENANT, MEDIA, NOW, AuditAction.MEDIA_REGISTERED));

            assertThat(audit().forMedia(TENANT, MediaId.of("quiet-media"))).isEmpty();
            assertThat(audit().forLink(TENANT, LINK)).isEmpty();
        }

        @Test
        @DisplayName("recordAll keeps every event of the batch, in the batch's order, after those recorded before")
        void recordAll() {
            AuditEvent before = recorded(event(TENANT, MEDIA, NOW, AuditAction.MEDIA_REGISTERED));
            List<AuditEvent> batch = List.of(
                    event(TENANT, MEDIA, NOW, AuditAction.INVITATION_SENT).withSubject("b@example.com"),
                    event(TENANT, MEDIA, NOW, AuditAction.INVITATION_SENT).withSubject("a@example.com"),
                    event(TENANT, MEDIA, NOW, AuditAction.INVITATION_RESENT).withSubject("c@example.com"));

            inWrite(() -> audit().recordAll(batch));

            assertThat(audit().forMedia(TENANT, MEDIA)).containsExactly(before, batch.get(0), batch.get(1), batch.get(2));
        }

        @Test
        @DisplayName("two identical events are both kept")
        void identicalEventsKept() {
            AuditEvent event = event(TENANT, MEDIA, NOW, AuditAction.GUEST_JOIN_REFUSED).withLink(LINK).withReason("guest-link-exhausted");

            recorded(event);
            recorded(event);

            assertThat(audit().forMedia(TENANT, MEDIA)).containsExactly(event, event);
            assertThat(audit().forLink(TENANT, LINK)).containsExactly(event, event);
        }
    }

    @Nested
    @DisplayName("under concurrency")
    class UnderConcurrency {
        @Test
        @DisplayName("events recorded by 16 threads at once are all kept")
        void noneLost() {
            AtomicInteger caller = new AtomicInteger();
            try (Race race = new Race(16)) {
                race.countTrue(() -> {
                    AuditEvent event = event(TENANT, MEDIA, NOW, AuditAction.GUEST_JOINED).withLink(LINK)
                            .withSubject("guest" + caller.incrementAndGet() + "@example.com");
                    inWrite(() -> audit().record(event));
                    return true;
                });
            }

            assertThat(audit().forMedia(TENANT, MEDIA)).hasSize(16);
            assertThat(audit().forLink(TENANT, LINK)).hasSize(16);
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("events recorded in a write that fails are not kept, and later events are")
        void recordRolledBack() {
            AuditEvent kept = recorded(event(TENANT, MEDIA, NOW, AuditAction.MEDIA_REGISTERED));

            inFailedWrite(() -> {
                audit().record(event(TENANT, MEDIA, NOW, AuditAction.GUEST_LINK_CREATED).withLink(LINK));
                audit().record(event(TENANT, MEDIA, NOW, AuditAction.GUEST_JOINED).withLink(LINK));
            });
            AuditEvent after = recorded(event(TENANT, MEDIA, NOW, AuditAction.GUEST_ACCESS_ENABLED));

            assertThat(audit().forMedia(TENANT, MEDIA)).containsExactly(kept, after);
            assertThat(audit().forLink(TENANT, LINK)).isEqualTo(List.of());
        }

        @Test
        @DisplayName("a batch recorded in a write that fails is not kept")
        void recordAllRolledBack() {
            inFailedWrite(() -> audit().recordAll(List.of(
                    event(TENANT, MEDIA, NOW, AuditAction.INVITATION_SENT), event(TENANT, MEDIA, NOW, AuditAction.INVITATION_SENT))));

            assertThat(audit().forMedia(TENANT, MEDIA)).isEmpty();
        }
    }
}
