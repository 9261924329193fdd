package dev.mediaaccess.testkit.scenario;

import static dev.mediaaccess.testkit.TestAccess.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.DecisionReason;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.FieldError;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.core.guestlink.application.GuestJoin;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.invitation.application.Acceptance;
import dev.mediaaccess.core.invitation.application.InvitationRequest;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.application.Invitee;
import dev.mediaaccess.core.invitation.application.Proof;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.media.application.Membership;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.testkit.TestAccess;
import dev.mediaaccess.testkit.contract.Race;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import dev.mediaaccess.testkit.fixtures.RecordingNotifier;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The product's flows end to end, through the inbound facades, on any complete storage. Extend it and implement
 * {@link #createStorage}; the suite wires the core itself with the testkit's fixed clock, deterministic tokens and
 * recording notifier.
 */
@DisplayName("Access scenarios")
public abstract class AccessScenarios {
    private static final MediaId MEDIA = TestData.MEDIA;
    private static final Instant NOW = TestData.NOW;
    private static final Principal.User OWNER = TestData.owner();

    private AccessCore core;
    private MutableClock clock;
    private RecordingNotifier notifier;

    /** A new, empty storage for the core to run on. */
    protected abstract AccessStorage createStorage(Clock clock);

    @BeforeEach
    void wireCore() {
        MutableClock fixed = MutableClock.atTestNow();
        TestAccess access = TestAccess.on(createStorage(fixed), fixed);
        core = access.core();
        clock = access.clock();
        notifier = access.notifier();
    }

    /** Everything the core sent during the scenario; adapters use it, for example, to look for secrets at rest. */
    protected final RecordingNotifier notifier() {
        return notifier;
    }

    // ---- steps shared by the scenarios ----

    private void registerMedia(MediaKind kind) {
        core.mediaRegistry().register(TestData.TENANT, MEDIA, TestData.OWNER, "Quarterly results", kind);
    }

    /** Registers a video, turns guest access on, and returns the token of the open link that gives it. */
    private String openVideoToGuests() {
        registerMedia(MediaKind.VIDEO);
        core.guestLinkManagement().setGuestAccess(OWNER, MEDIA, true);
        return tokenOf(core.guestLinkManagement().links(OWNER, MEDIA).get(0).url());
    }

    private GuestLinkView createLink(Optional<Instant> expiresAt, Optional<Integer> maxJoins, Set<String> domains, Admission admission) {
        return core.guestLinkManagement().createLink(OWNER, MEDIA,
                new GuestLinkSettings(Optional.empty(), expiresAt, maxJoins, domains, admission));
    }

    private GuestJoin join(String token, String name, String email) {
        return core.guestJoining().join(token, name, email);
    }

    private AccessDecision check(GuestJoin join, Capability capability) {
        return core.accessChecks().check(Principal.pass(join.pass().token()), MEDIA, capability);
    }

    private String invite(String email, Role role) {
        core.invitationManagement().invite(OWNER, MEDIA, InvitationRequest.of(List.of(Invitee.of(email, role))));
        return notifier.lastInvitationTokenTo(email);
    }

    private List<InvitationView> invitations() {
        return core.invitationManagement().list(OWNER, MEDIA);
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessRefused.class,
                refused -> assertThat(refused.code()).as("refusal code").isEqualTo(code));
    }

    private List<AuditEvent> audited(AuditAction action) {
        return core.auditTrail().forMedia(OWNER, MEDIA).stream().filter(event -> event.action() == action).toList();
    }

    // ---- the scenarios ----

    @Nested
    @DisplayName("guests joining through a link")
    class GuestsJoining {
        @Test
        @DisplayName("a guest joins with a name and an email and may do exactly what the policy gives a GUEST, nothing more")
        void guestIsLimited() {
            String token = openVideoToGuests();

            GuestJoin gina = join(token, "Gina Guest", "gina@example.com");

            assertThat(gina.guest().role()).isEqualTo(Role.GUEST);
            assertThat(gina.waitingInLobby()).isFalse();
            Set<Capability> allowed = AccessPolicy.standard().capabilities(MediaKind.VIDEO, Role.GUEST);
            for (Capability capability : Capability.values()) {
                AccessDecision decision = check(gina, capability);
                assertThat(decision.allowed()).as("guest may %s", capability).isEqualTo(allowed.contains(capability));
                assertThat(decision.role()).contains(Role.GUEST);
            }
            assertThat(check(gina, Capability.VIEW).allowed()).isTrue();
            assertRefused(() -> core.guestLinkManagement().links(Principal.pass(gina.pass().token()), MEDIA), ErrorCode.NOT_PERMITTED);
        }

        @Test
        @DisplayName("the same email joining again gets a new pass without using up another join")
        void rejoinUsesNoJoin() {
            openVideoToGuests();
            GuestLinkView link = createLink(Optional.empty(), Optional.of(1), Set.of(), Admission.AUTOMATIC);
            String token = tokenOf(link.url());

            GuestJoin first = join(token, "Gina Guest", "gina@example.com");
            GuestJoin again = join(token, "Gina", "GINA@example.com");

            assertThat(again.pass().token()).isNotEqualTo(first.pass().token());
            assertThat(again.guest().id()).isEqualTo(first.guest().id());
            assertThat(check(again, Capability.VIEW).allowed()).isTrue();
            assertThat(core.guestLinkManagement().link(OWNER, MEDIA, link.link().id()).link().joinCount()).isEqualTo(1);
            assertThat(audited(AuditAction.GUEST_REJOINED)).hasSize(1);
        }

        @Test
        @DisplayName("once a link's maximum of joins is used up, a newcomer is refused with guest-link-exhausted")
        void exhausted() {
            openVideoToGuests();
            String token = tokenOf(createLink(Optional.empty(), Optional.of(2), Set.of(), Admission.AUTOMATIC).url());
            join(token, "Ann", "ann@example.com");
            join(token, "Bob", "bob@example.com");

            assertRefused(() -> join(token, "Cat", "cat@example.com"), ErrorCode.GUEST_LINK_EXHAUSTED);
            assertThat(join(token, "Ann", "ann@example.com").guest().email().value()).isEqualTo("ann@example.com");
        }

        @Test
        @DisplayName("a link admits until just before its expiry, refuses with guest-link-expired from that instant on, and its guests' passes end with it")
        void expired() {
            openVideoToGuests();
            Instant expiry = NOW.plus(Duration.ofHours(1));
            String token = tokenOf(createLink(Optional.of(expiry), Optional.empty(), Set.of(), Admission.AUTOMATIC).url());

            clock.set(expiry.minusSeconds(1));
            GuestJoin early = join(token, "Early", "early@example.com");
            assertThat(early.pass().pass().expiresAt()).isEqualTo(expiry);

            clock.set(expiry);
            assertRefused(() -> join(token, "Late", "late@example.com"), ErrorCode.GUEST_LINK_EXPIRED);
            assertThat(check(early, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_EXPIRED);
        }

        @Test
        @DisplayName("a link open to some email domains refuses every other domain with email-domain-not-allowed")
        void domainNotAllowed() {
            openVideoToGuests();
            String token = tokenOf(createLink(Optional.empty(), Optional.empty(), Set.of("example.com"), Admission.AUTOMATIC).url());

            assertRefused(() -> join(token, "Olga", "olga@other.org"), ErrorCode.EMAIL_DOMAIN_NOT_ALLOWED);
            assertThat(join(token, "Ann", "ann@EXAMPLE.com").guest().email().domain()).isEqualTo("example.com");
        }

        @Test
        @DisplayName("turning guest access off ends every guest's pass at once and refuses new joins with guest-access-disabled")
        void guestAccessOff() {
            String token = openVideoToGuests();
            GuestJoin gina = join(token, "Gina", "gina@example.com");

            core.guestLinkManagement().setGuestAccess(OWNER, MEDIA, false);

            assertThat(check(gina, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_ENDED);
            assertRefused(() -> join(token, "Bob", "bob@example.com"), ErrorCode.GUEST_ACCESS_DISABLED);
        }
    }

    @Nested
    @DisplayName("invitees accepting")
    class InviteesAccepting {
        @Test
        @DisplayName("an invitee signed in with the invited email, verified, accepts and becomes a member with the invited role")
        void acceptsSignedIn() {
            registerMedia(MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.CONTRIBUTOR);
            Principal.User bob = TestData.user(TestData.TENANT, "bob", "Bob", "bob@example.com");

            Acceptance acceptance = core.invitationAcceptance().accept(token, Proof.signedIn(bob));

            assertThat(acceptance.member().role()).isEqualTo(Role.CONTRIBUTOR);
            assertThat(acceptance.pass()).isEmpty();
            assertThat(core.accessChecks().check(bob, MEDIA, Capability.EDIT).allowed()).isTrue();
            assertThat(invitations()).extracting(InvitationView::status).containsExactly(InvitationStatus.ACCEPTED);
            assertRefused(() -> core.invitationAcceptance().accept(token, Proof.signedIn(bob)), ErrorCode.INVITATION_ALREADY_ACCEPTED);
        }

        @Test
        @DisplayName("a user whose verified email is not the invited one is refused, the refusal is audited, and the invitation stays pending")
        void wrongEmailRefused() {
            registerMedia(MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.VIEWER);
            Principal.User mallory = TestData.user(TestData.TENANT, "mallory", "Mallory", "mallory@example.com");
            Principal.User unverified = TestData.user(TestData.TENANT, "bob-2", "Bob", null);

            assertRefused(() -> core.invitationAcceptance().accept(token, Proof.signedIn(mallory)), ErrorCode.INVITATION_EMAIL_MISMATCH);
            assertRefused(() -> core.invitationAcceptance().accept(token, Proof.signedIn(unverified)), ErrorCode.INVITATION_EMAIL_MISMATCH);

            assertThat(invitations()).extracting(InvitationView::status).containsExactly(InvitationStatus.PENDING);
            assertThat(core.accessChecks().check(mallory, MEDIA, Capability.VIEW).reason()).isEqualTo(DecisionReason.NOT_A_PARTICIPANT);
            assertThat(audited(AuditAction.INVITATION_ACCEPT_REFUSED))
                    .extracting(event -> event.actor().text(), AuditEvent::reason)
                    .containsExactly(tuple("user:mallory", Optional.of("invitation-email-mismatch")),
                            tuple("user:bob-2", Optional.of("invitation-email-mismatch")));
        }

        @Test
        @DisplayName("an invitee without an account accepts with the one-time code sent to the invited email and gets a pass")
        void acceptsWithCode() {
            registerMedia(MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.CONTRIBUTOR);
            core.invitationAcceptance().sendCode(token);

            Acceptance acceptance = core.invitationAcceptance().accept(token, Proof.code(notifier.lastCodeTo("bob@example.com"), "Bob"));

            String pass = acceptance.pass().orElseThrow().token();
            assertThat(acceptance.member().name().value()).isEqualTo("Bob");
            assertThat(core.accessChecks().check(Principal.pass(pass), MEDIA, Capability.DOWNLOAD).allowed()).isTrue();
            assertThat(core.accessChecks().check(Principal.pass(pass), MEDIA, Capability.MANAGE_ACCESS).allowed()).isFalse();
        }

        @Test
        @DisplayName("wrong codes are refused until the attempts run out; then even the right code is refused and the invitation stays pending")
        void wrongCodesExhaustAttempts() {
            registerMedia(MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.VIEWER);
            core.invitationAcceptance().sendCode(token);
            String code = notifier.lastCodeTo("bob@example.com");
            String wrong = code.equals("000000") ? "111111" : "000000";

            for (int attempt = 0; attempt < 5; attempt++) {
                assertRefused(() -> core.invitationAcceptance().accept(token, Proof.code(wrong)), ErrorCode.CODE_INVALID);
            }
            assertRefused(() -> core.invitationAcceptance().accept(token, Proof.code(code)), ErrorCode.CODE_ATTEMPTS_EXHAUSTED);

            assertThat(invitations()).extracting(InvitationView::status).containsExactly(InvitationStatus.PENDING);
            assertThat(audited(AuditAction.INVITATION_ACCEPT_REFUSED)).extracting(event -> event.reason().orElseThrow())
                    .containsExactly("code-invalid", "code-invalid", "code-invalid", "code-invalid", "code-invalid",
                            "code-attempts-exhausted");
        }
    }

    @Nested
    @DisplayName("inviting many at once")
    class InvitingMany {
        @Test
        @DisplayName("a bulk invitation with any bad row creates nothing, sends nothing, and reports every bad row")
        void allOrNothing() {
            registerMedia(MediaKind.VIDEO);
            List<Invitee> rows = List.of(
                    Invitee.of("ann@example.com", Role.VIEWER),
                    Invitee.of("not-an-email", Role.VIEWER),
                    Invitee.of("cat@example.com", Role.SPEAKER),
                    Invitee.of("dan@example.com", null),
                    Invitee.of("eve@example.com", Role.CONTRIBUTOR));

            assertThatThrownBy(() -> core.invitationManagement().invite(OWNER, MEDIA, InvitationRequest.of(rows)))
                    .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.errors())
                            .extracting(FieldError::field)
                            .containsExactlyInAnyOrder("invitees[1].email", "invitees[2].role", "invitees[3].role"));

            assertThat(invitations()).isEmpty();
            assertThat(notifier.all()).isEmpty();
        }

        @Test
        @DisplayName("a valid bulk invitation creates one pending invitation per row and emails each invitee their own link")
        void validBulk() {
            registerMedia(MediaKind.VIDEO);

            core.invitationManagement().invite(OWNER, MEDIA, InvitationRequest.of(List.of(
                    Invitee.of("ann@example.com", Role.VIEWER), Invitee.of("bob@example.com", Role.CONTRIBUTOR))));

            assertThat(invitations()).extracting(view -> view.invitation().email().value(), view -> view.invitation().role())
                    .containsExactlyInAnyOrder(tuple("ann@example.com", Role.VIEWER), tuple("bob@example.com", Role.CONTRIBUTOR));
            assertThat(notifier.lastInvitationTokenTo("ann@example.com")).isNotEqualTo(notifier.lastInvitationTokenTo("bob@example.com"));
        }

        @Test
        @DisplayName("re-inviting an email with a pending invitation updates it instead of adding another, and only the new link works")
        void reinviteUpdates() {
            registerMedia(MediaKind.VIDEO);
            String first = invite("ann@example.com", Role.VIEWER);

            String second = invite("ann@example.com", Role.CONTRIBUTOR);

            assertThat(invitations()).singleElement()
                    .satisfies(view -> assertThat(view.invitation().role()).isEqualTo(Role.CONTRIBUTOR));
            assertRefused(() -> core.invitationAcceptance().preview(first), ErrorCode.INVITATION_NOT_FOUND);
            assertThat(core.invitationAcceptance().preview(second).role()).isEqualTo(Role.CONTRIBUTOR);
            assertThat(audited(AuditAction.INVITATION_RESENT)).hasSize(1);
        }
    }

    @Nested
    @DisplayName("ending access")
    class EndingAccess {
        @Test
        @DisplayName("rotating a link ends its guests' passes at once; the old URL finds nothing, the new one lets them back")
        void rotate() {
            String oldToken = openVideoToGuests();
            GuestJoin gina = join(oldToken, "Gina", "gina@example.com");
            GuestLinkId link = gina.guest().link().orElseThrow();

            String newToken = tokenOf(core.guestLinkManagement().rotate(OWNER, MEDIA, link).url());

            assertThat(newToken).isNotEqualTo(oldToken);
            assertThat(check(gina, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_ENDED);
            assertRefused(() -> join(oldToken, "Gina", "gina@example.com"), ErrorCode.GUEST_LINK_NOT_FOUND);
            assertThat(check(join(newToken, "Gina", "gina@example.com"), Capability.VIEW).allowed()).isTrue();
        }

        @Test
        @DisplayName("revoking a link ends its guests' passes at once, and nobody can join through it again")
        void revoke() {
            String token = openVideoToGuests();
            GuestJoin gina = join(token, "Gina", "gina@example.com");

            core.guestLinkManagement().revoke(OWNER, MEDIA, gina.guest().link().orElseThrow());

            assertThat(check(gina, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_ENDED);
            assertRefused(() -> join(token, "Gina", "gina@example.com"), ErrorCode.GUEST_LINK_NOT_FOUND);
            assertRefused(() -> join(token, "Bob", "bob@example.com"), ErrorCode.GUEST_LINK_NOT_FOUND);
            assertThat(audited(AuditAction.GUEST_JOIN_REFUSED)).extracting(event -> event.reason().orElseThrow())
                    .containsOnly("guest-link-revoked");
        }

        @Test
        @DisplayName("removing a guest ends their passes at once and they cannot rejoin through the same link; others still can")
        void removeGuest() {
            String token = openVideoToGuests();
            GuestJoin gina = join(token, "Gina", "gina@example.com");

            core.participantRoster().remove(OWNER, MEDIA, gina.guest().id());

            assertThat(check(gina, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_ENDED);
            assertRefused(() -> join(token, "Gina", "gina@example.com"), ErrorCode.PARTICIPANT_REMOVED);
            assertThat(check(join(token, "Bob", "bob@example.com"), Capability.VIEW).allowed()).isTrue();
        }

        @Test
        @DisplayName("removing a member ends their pass at once and revokes their invitation")
        void removeMember() {
            registerMedia(MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.VIEWER);
            core.invitationAcceptance().sendCode(token);
            Acceptance bob = core.invitationAcceptance().accept(token, Proof.code(notifier.lastCodeTo("bob@example.com")));
            String pass = bob.pass().orElseThrow().token();

            core.participantRoster().remove(OWNER, MEDIA, bob.member().id());

            assertThat(core.accessChecks().check(Principal.pass(pass), MEDIA, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_ENDED);
            assertThat(invitations()).extracting(InvitationView::status).containsExactly(InvitationStatus.REVOKED);
        }
    }

    @Nested
    @DisplayName("the lobby of a live session")
    class Lobby {
        private String lobbyLink() {
            registerMedia(MediaKind.ROOM_SESSION);
            core.guestLinkManagement().setGuestAccess(OWNER, MEDIA, true);
            return tokenOf(createLink(Optional.empty(), Optional.empty(), Set.of(), Admission.MODERATOR_APPROVAL).url());
        }

        @Test
        @DisplayName("a guest waits in the lobby with a pass that lets them in only once a moderator admits them")
        void admit() {
            GuestJoin gina = join(lobbyLink(), "Gina", "gina@example.com");
            assertThat(gina.waitingInLobby()).isTrue();
            assertThat(check(gina, Capability.VIEW).reason()).isEqualTo(DecisionReason.LOBBY_WAITING);
            assertThat(core.participantRoster().roster(OWNER, MEDIA).lobby()).extracting(p -> p.id()).containsExactly(gina.guest().id());

            core.participantRoster().admit(OWNER, MEDIA, gina.guest().id());

            assertThat(check(gina, Capability.COMMENT).allowed()).isTrue();
            assertThat(check(gina, Capability.PRESENT).allowed()).isFalse();
            assertThat(core.participantRoster().roster(OWNER, MEDIA).guests()).extracting(p -> p.status())
                    .containsExactly(ParticipantStatus.ADMITTED);
        }

        @Test
        @DisplayName("a denied guest's pass ends and they cannot rejoin through the same link")
        void deny() {
            String token = lobbyLink();
            GuestJoin gina = join(token, "Gina", "gina@example.com");

            core.participantRoster().deny(OWNER, MEDIA, gina.guest().id());

            assertThat(check(gina, Capability.VIEW).reason()).isEqualTo(DecisionReason.PASS_ENDED);
            assertRefused(() -> join(token, "Gina", "gina@example.com"), ErrorCode.GUEST_DENIED);
            assertRefused(() -> core.participantRoster().admit(OWNER, MEDIA, gina.guest().id()), ErrorCode.PARTICIPANT_NOT_WAITING);
        }

        @Test
        @DisplayName("moderator approval is refused on a kind without a lobby")
        void onlyOnLiveKinds() {
            openVideoToGuests();

            assertRefused(() -> createLink(Optional.empty(), Optional.empty(), Set.of(), Admission.MODERATOR_APPROVAL),
                    ErrorCode.ADMISSION_NOT_ALLOWED_FOR_KIND);
        }
    }

    @Nested
    @DisplayName("a user's media")
    class UsersMedia {
        @Test
        @DisplayName("a user's own media is listed oldest first, ties broken by id, and nobody else's, nor in another tenant")
        void owned() {
            Media second = core.mediaRegistry().register(TestData.TENANT, MediaId.of("b-second"), TestData.OWNER, "Second", MediaKind.QUIZ);
            Media first = core.mediaRegistry().register(TestData.TENANT, MediaId.of("a-first"), TestData.OWNER, "First", MediaKind.VIDEO);
            clock.advance(Duration.ofMinutes(1));
            Media newest = core.mediaRegistry().register(OWNER, "Newest", MediaKind.ROOM_SESSION);
            core.mediaRegistry().register(TestData.TENANT, MediaId.of("bobs"), UserId.of("bob"), "Bob's", MediaKind.VIDEO);
            Principal.User twin = TestData.user(TestData.OTHER_TENANT, TestData.OWNER.value(), "Twin", "owner@example.com");

            assertThat(core.mediaRegistry().ownedBy(OWNER)).containsExactly(first, second, newest);
            assertThat(core.mediaRegistry().ownedBy(TestData.user(TestData.TENANT, "bob", "Bob", null)))
                    .extracting(Media::title).containsExactly("Bob's");
            assertThat(core.mediaRegistry().ownedBy(twin)).isEmpty();
        }

        @Test
        @DisplayName("media a user accepted an invitation to is listed with the invited role, found by their verified email, until they are removed")
        void memberships() {
            registerMedia(MediaKind.LIVE_EVENT);
            String token = invite("bob@example.com", Role.SPEAKER);
            Principal.User bob = TestData.user(TestData.TENANT, "bob", "Bob", "bob@example.com");
            assertThat(core.mediaRegistry().memberships(bob)).as("a pending invitation").isEmpty();

            clock.advance(Duration.ofMinutes(5));
            Acceptance accepted = core.invitationAcceptance().accept(token, Proof.signedIn(bob));

            assertThat(core.mediaRegistry().memberships(bob)).singleElement().satisfies(membership -> {
                assertThat(membership.media().id()).isEqualTo(MEDIA);
                assertThat(membership.media().owner()).isEqualTo(TestData.OWNER);
                assertThat(membership.role()).isEqualTo(Role.SPEAKER);
                assertThat(membership.since()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            });
            assertThat(core.mediaRegistry().ownedBy(bob)).isEmpty();
            assertThat(core.mediaRegistry().memberships(OWNER)).isEmpty();
            assertThat(core.mediaRegistry().memberships(TestData.user(TestData.TENANT, "bob", "Bob", null))).as("unverified").isEmpty();
            assertThat(core.mediaRegistry().memberships(TestData.user(TestData.OTHER_TENANT, "bob", "Bob", "bob@example.com")))
                    .as("another tenant").isEmpty();

            core.participantRoster().remove(OWNER, MEDIA, accepted.member().id());

            assertThat(core.mediaRegistry().memberships(bob)).isEmpty();
        }

        @Test
        @DisplayName("joining through a guest link with an email makes no membership for the user of that email")
        void guestsAreNotMembers() {
            String token = openVideoToGuests();
            join(token, "Bob", "bob@example.com");

            assertThat(core.mediaRegistry().memberships(TestData.user(TestData.TENANT, "bob", "Bob", "bob@example.com")))
                    .extracting(Membership::media).isEmpty();
        }

        @Test
        @DisplayName("a member of several media items sees each, in the order they joined")
        void several() {
            registerMedia(MediaKind.VIDEO);
            core.mediaRegistry().register(TestData.TENANT, MediaId.of("deck"), TestData.OWNER, "Deck", MediaKind.DOCUMENT);
            core.invitationManagement().invite(OWNER, MediaId.of("deck"), InvitationRequest.of(List.of(Invitee.of("bob@example.com", Role.CONTRIBUTOR))));
            String deck = notifier.lastInvitationTokenTo("bob@example.com");
            String video = invite("bob@example.com", Role.VIEWER);
            Principal.User bob = TestData.user(TestData.TENANT, "bob", "Bob", "bob@example.com");

            core.invitationAcceptance().accept(video, Proof.signedIn(bob));
            clock.advance(Duration.ofSeconds(1));
            core.invitationAcceptance().accept(deck, Proof.signedIn(bob));

            assertThat(core.mediaRegistry().memberships(bob)).extracting(membership -> membership.media().id().value(), Membership::role)
                    .containsExactly(tuple(MEDIA.value(), Role.VIEWER), tuple("deck", Role.CONTRIBUTOR));
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("another tenant's user with the same user id neither sees nor manages the media, and may register its own under the same id")
        void otherTenantSeesNothing() {
            openVideoToGuests();
            invite("bob@example.com", Role.VIEWER);
            Principal.User twin = TestData.user(TestData.OTHER_TENANT, TestData.OWNER.value(), "Twin", "owner@example.com");

            assertThat(core.accessChecks().check(twin, MEDIA, Capability.VIEW).reason()).isEqualTo(DecisionReason.MEDIA_NOT_FOUND);
            assertRefused(() -> core.guestLinkManagement().links(twin, MEDIA), ErrorCode.MEDIA_NOT_FOUND);
            assertRefused(() -> core.invitationManagement().list(twin, MEDIA), ErrorCode.MEDIA_NOT_FOUND);
            assertRefused(() -> core.auditTrail().forMedia(twin, MEDIA), ErrorCode.MEDIA_NOT_FOUND);

            core.mediaRegistry().register(TestData.OTHER_TENANT, MEDIA, TestData.OWNER, "Their own", MediaKind.VIDEO);

            assertThat(core.guestLinkManagement().links(twin, MEDIA)).isEmpty();
            assertThat(core.invitationManagement().list(twin, MEDIA)).isEmpty();
            assertThat(core.auditTrail().forMedia(twin, MEDIA)).extracting(AuditEvent::action).containsExactly(AuditAction.MEDIA_REGISTERED);
            assertThat(core.guestLinkManagement().links(OWNER, MEDIA)).hasSize(1);
        }

        @Test
        @DisplayName("a member of one tenant's media is nobody on another tenant's media with the same id")
        void membershipStaysInItsTenant() {
            registerMedia(MediaKind.VIDEO);
            core.mediaRegistry().register(TestData.OTHER_TENANT, MEDIA, TestData.OWNER, "Their own", MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.VIEWER);
            core.invitationAcceptance().accept(token, Proof.signedIn(TestData.user(TestData.TENANT, "bob", "Bob", "bob@example.com")));

            Principal.User bobElsewhere = TestData.user(TestData.OTHER_TENANT, "bob", "Bob", "bob@example.com");

            assertThat(core.accessChecks().check(bobElsewhere, MEDIA, Capability.VIEW).reason()).isEqualTo(DecisionReason.NOT_A_PARTICIPANT);
        }

        @Test
        @DisplayName("a pass for one tenant's media is refused on another tenant's media with the same id when the host names the tenant")
        void passStaysInItsTenant() {
            String link = openVideoToGuests();
            core.mediaRegistry().register(TestData.OTHER_TENANT, MEDIA, TestData.OWNER, "Their own", MediaKind.VIDEO);
            String pass = join(link, "Gina", "gina@example.com").pass().token();

            assertThat(core.accessChecks().check(Principal.pass(pass, TestData.TENANT), MEDIA, Capability.VIEW).allowed()).isTrue();
            assertThat(core.accessChecks().check(Principal.pass(pass, TestData.OTHER_TENANT), MEDIA, Capability.VIEW).reason())
                    .isEqualTo(DecisionReason.PASS_FOR_OTHER_MEDIA);
            assertRefused(() -> core.accessChecks().standing(Principal.pass(pass, TestData.OTHER_TENANT), MEDIA), ErrorCode.MEDIA_NOT_FOUND);
        }

        @Test
        @DisplayName("an invitation cannot be accepted by a user of another tenant, even with the invited email")
        void invitationStaysInItsTenant() {
            registerMedia(MediaKind.VIDEO);
            String token = invite("bob@example.com", Role.VIEWER);

            assertRefused(() -> core.invitationAcceptance().accept(token,
                    Proof.signedIn(TestData.user(TestData.OTHER_TENANT, "bob", "Bob", "bob@example.com"))), ErrorCode.INVITATION_NOT_FOUND);
            assertThat(invitations()).extracting(InvitationView::status).containsExactly(InvitationStatus.PENDING);
        }
    }

    @Nested
    @DisplayName("racing requests")
    class Racing {
        private static final int RACERS = 8;

        @Test
        @DisplayName("one email joining through one link from 8 threads at once: every join gets a pass, one guest is made, one join is used")
        void racingFirstJoins() {
            String token = openVideoToGuests();

            try (Race race = new Race(RACERS)) {
                assertThat(race.countTrue(() -> check(join(token, "Gina", "gina@example.com"), Capability.VIEW).allowed()))
                        .isEqualTo(RACERS);
            }

            assertThat(core.participantRoster().roster(OWNER, MEDIA).guests()).hasSize(1);
            assertThat(core.guestLinkManagement().links(OWNER, MEDIA).get(0).link().joinCount()).isEqualTo(1);
        }

        @Test
        @DisplayName("one email invited from 8 threads at once ends with exactly one pending invitation")
        void racingInvitations() {
            registerMedia(MediaKind.VIDEO);

            try (Race race = new Race(RACERS)) {
                assertThat(race.countTrue(() -> core.invitationManagement()
                        .invite(OWNER, MEDIA, InvitationRequest.of(List.of(Invitee.of("bob@example.com", Role.VIEWER)))).size() == 1))
                        .isEqualTo(RACERS);
            }

            assertThat(invitations()).extracting(InvitationView::status).containsExactly(InvitationStatus.PENDING);
        }
    }

    @Nested
    @DisplayName("the audit trail")
    class AuditTrail {
        @Test
        @DisplayName("joins and refused joins are recorded with who, through which link, and why")
        void joinsAndRefusals() {
            openVideoToGuests();
            GuestLinkView link = createLink(Optional.empty(), Optional.of(1), Set.of("example.com"), Admission.AUTOMATIC);
            String token = tokenOf(link.url());

            join(token, "Gina", "gina@example.com");
            assertRefused(() -> join(token, "Olga", "olga@other.org"), ErrorCode.EMAIL_DOMAIN_NOT_ALLOWED);
            assertRefused(() -> join(token, "Ann", "ann@example.com"), ErrorCode.GUEST_LINK_EXHAUSTED);

            List<AuditEvent> trail = core.auditTrail().forLink(OWNER, MEDIA, link.link().id());
            assertThat(trail).extracting(AuditEvent::action, AuditEvent::subject, AuditEvent::reason).containsExactly(
                    tuple(AuditAction.GUEST_LINK_CREATED, Optional.empty(), Optional.empty()),
                    tuple(AuditAction.GUEST_JOINED, Optional.of("gina@example.com"), Optional.empty()),
                    tuple(AuditAction.GUEST_JOIN_REFUSED, Optional.of("olga@other.org"), Optional.of("email-domain-not-allowed")),
                    tuple(AuditAction.GUEST_JOIN_REFUSED, Optional.of("ann@example.com"), Optional.of("guest-link-exhausted")));
            assertThat(trail).allSatisfy(event -> assertThat(event.link()).contains(link.link().id()));
            assertThat(core.auditTrail().forMedia(OWNER, MEDIA)).containsSubsequence(trail);
        }

        @Test
        @DisplayName("a refused join is recorded although the refused join itself leaves nothing behind")
        void refusalRecordedWithoutSideEffects() {
            openVideoToGuests();
            GuestLinkView link = createLink(Optional.empty(), Optional.of(1), Set.of(), Admission.AUTOMATIC);
            join(tokenOf(link.url()), "Gina", "gina@example.com");

            assertRefused(() -> join(tokenOf(link.url()), "Ann", "ann@example.com"), ErrorCode.GUEST_LINK_EXHAUSTED);

            assertThat(core.guestLinkManagement().link(OWNER, MEDIA, link.link().id()).link().joinCount()).isEqualTo(1);
            assertThat(core.participantRoster().roster(OWNER, MEDIA).guests()).extracting(p -> p.email().value())
                    .containsExactly("gina@example.com");
            assertThat(audited(AuditAction.GUEST_JOIN_REFUSED)).hasSize(1);
        }
    }
}
