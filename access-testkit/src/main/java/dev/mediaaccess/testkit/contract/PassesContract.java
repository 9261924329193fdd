package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.testkit.fixtures.PassBuilder;
import dev.mediaaccess.testkit.fixtures.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link Passes}. Extend it and implement {@link #createStorage}. */
@DisplayName("Passes contract")
public abstract class PassesContract extends StorageContract {
    private static final ParticipantId GINA = ParticipantId.of("gina");
    private static final ParticipantId OTTO = ParticipantId.of("otto");
    private static final GuestLinkId LINK = GuestLinkId.of("link-1");
    private static final GuestLinkId OTHER_LINK = GuestLinkId.of("link-2");

    private Passes passes() {
        return storage.passes();
    }

    private Pass added(PassBuilder builder) {
        Pass pass = builder.build();
        inWrite(() -> passes().add(pass));
        return pass;
    }

    private Pass stored(Pass pass) {
        return passes().findByTokenDigest(pass.tokenDigest()).orElseThrow();
    }

    private PassState stateOf(Pass pass) {
        return stored(pass).state();
    }

    private static Pass with(Pass pass, Role role, PassState state) {
        return new Pass(pass.id(), pass.tenant(), pass.media(), pass.kind(), pass.participant(), role, pass.tokenDigest(), state,
                pass.link(), pass.issuedAt(), pass.expiresAt());
    }

    @Nested
    @DisplayName("adding and finding")
    class AddingAndFinding {
        @Test
        @DisplayName("a pass is found by its token digest exactly as added")
        void findsByDigest() {
            Pass guest = added(TestData.pass().participant(GINA).link(LINK).state(PassState.WAITING));
            Pass member = added(TestData.pass().participant(OTTO).ofMember().role(Role.SPEAKER));

            assertThat(passes().findByTokenDigest(guest.tokenDigest())).contains(guest);
            assertThat(passes().findByTokenDigest(member.tokenDigest())).contains(member);
        }

        @Test
        @DisplayName("an unknown digest finds nothing")
        void unknown() {
            added(TestData.pass());

            assertThat(passes().findByTokenDigest(tokens.digest(tokens.mint()))).isEmpty();
        }

        @Test
        @DisplayName("adding a second pass with the same id fails and keeps the first")
        void duplicateId() {
            Pass first = added(TestData.pass().id("pass-x"));
            Pass second = TestData.pass().id("pass-x").token(tokens.mint()).build();

            assertThatThrownBy(() -> inWrite(() -> passes().add(second))).isInstanceOf(RuntimeException.class);

            assertThat(stored(first)).isEqualTo(first);
            assertThat(passes().findByTokenDigest(second.tokenDigest())).isEmpty();
        }
    }

    @Nested
    @DisplayName("ending")
    class Ending {
        @Test
        @DisplayName("ending a participant's passes ends their ACTIVE and WAITING passes, counts them, and ends no one else's")
        void ofParticipant() {
            Pass active = added(TestData.pass().participant(GINA));
            Pass waiting = added(TestData.pass().participant(GINA).state(PassState.WAITING));
            Pass ended = added(TestData.pass().participant(GINA).state(PassState.ENDED));
            Pass otto = added(TestData.pass().participant(OTTO));

            int count = fromWrite(() -> passes().end(TENANT, PassScope.participant(GINA)));

            assertThat(count).isEqualTo(2);
            assertThat(stored(active)).isEqualTo(with(active, active.role(), PassState.ENDED));
            assertThat(stored(waiting)).isEqualTo(with(waiting, waiting.role(), PassState.ENDED));
            assertThat(stored(ended)).isEqualTo(ended);
            assertThat(stored(otto)).isEqualTo(otto);
        }

        @Test
        @DisplayName("ending a link's passes ends only the passes issued through that link")
        void ofGuestLink() {
            Pass viaLink = added(TestData.pass().participant(GINA).link(LINK));
            Pass viaLinkWaiting = added(TestData.pass().participant(OTTO).link(LINK).state(PassState.WAITING));
            Pass viaOtherLink = added(TestData.pass().participant(GINA).link(OTHER_LINK));
            Pass member = added(TestData.pass().participant(GINA).ofMember());

            int count = fromWrite(() -> passes().end(TENANT, PassScope.guestLink(LINK)));

            assertThat(count).isEqualTo(2);
            assertThat(stateOf(viaLink)).isEqualTo(PassState.ENDED);
            assertThat(stateOf(viaLinkWaiting)).isEqualTo(PassState.ENDED);
            assertThat(stateOf(viaOtherLink)).isEqualTo(PassState.ACTIVE);
            assertThat(stateOf(member)).isEqualTo(PassState.ACTIVE);
        }

        @Test
        @DisplayName("ending the guests of a media item ends every pass issued through any of its links, and no member's pass")
        void ofGuestsOfMedia() {
            Pass one = added(TestData.pass().participant(GINA).link(LINK));
            Pass two = added(TestData.pass().participant(OTTO).link(OTHER_LINK).state(PassState.WAITING));
            Pass member = added(TestData.pass().participant(ParticipantId.of("mia")).ofMember());
            Pass otherMedia = added(TestData.pass().participant(GINA).media(MediaId.of("other-media")).link(GuestLinkId.of("link-9")));

            int count = fromWrite(() -> passes().end(TENANT, PassScope.guestsOf(TestData.MEDIA)));

            assertThat(count).isEqualTo(2);
            assertThat(stateOf(one)).isEqualTo(PassState.ENDED);
            assertThat(stateOf(two)).isEqualTo(PassState.ENDED);
            assertThat(stateOf(member)).isEqualTo(PassState.ACTIVE);
            assertThat(stateOf(otherMedia)).isEqualTo(PassState.ACTIVE);
        }

        @Test
        @DisplayName("ending a scope with nothing live in it ends nothing and counts zero")
        void nothingToEnd() {
            added(TestData.pass().participant(GINA).link(LINK).state(PassState.ENDED));

            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.participant(GINA)))).isZero();
            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.guestLink(OTHER_LINK)))).isZero();
            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.guestsOf(MediaId.of("no-such-media"))))).isZero();
        }

        @Test
        @DisplayName("ending under one tenant touches no pass of another tenant, in any scope")
        void tenantIsolation() {
            Pass theirs = added(TestData.pass().tenant(OTHER_TENANT).participant(GINA).link(LINK));

            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.participant(GINA)))).isZero();
            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.guestLink(LINK)))).isZero();
            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.guestsOf(TestData.MEDIA)))).isZero();
            assertThat(stored(theirs)).isEqualTo(theirs);
        }

        @Test
        @DisplayName("an ended pass stays ended: activate and changeRole leave it alone")
        void endedIsFinal() {
            Pass pass = added(TestData.pass().participant(GINA).state(PassState.WAITING));
            inWrite(() -> passes().end(TENANT, PassScope.participant(GINA)));

            assertThat(fromWrite(() -> passes().activate(TENANT, GINA))).isZero();
            assertThat(fromWrite(() -> passes().changeRole(TENANT, GINA, Role.VIEWER))).isZero();

            assertThat(stored(pass)).isEqualTo(with(pass, pass.role(), PassState.ENDED));
        }
    }

    @Nested
    @DisplayName("activating")
    class Activating {
        @Test
        @DisplayName("activate turns the participant's WAITING passes ACTIVE, counts them, and touches nothing else")
        void activates() {
            Pass waiting = added(TestData.pass().participant(GINA).state(PassState.WAITING));
            Pass alsoWaiting = added(TestData.pass().participant(GINA).state(PassState.WAITING));
            Pass active = added(TestData.pass().participant(GINA));
            Pass otto = added(TestData.pass().participant(OTTO).state(PassState.WAITING));

            int count = fromWrite(() -> passes().activate(TENANT, GINA));

            assertThat(count).isEqualTo(2);
            assertThat(stored(waiting)).isEqualTo(with(waiting, waiting.role(), PassState.ACTIVE));
            assertThat(stateOf(alsoWaiting)).isEqualTo(PassState.ACTIVE);
            assertThat(stored(active)).isEqualTo(active);
            assertThat(stateOf(otto)).isEqualTo(PassState.WAITING);
        }

        @Test
        @DisplayName("activate under another tenant activates nothing")
        void tenantIsolation() {
            Pass waiting = added(TestData.pass().participant(GINA).state(PassState.WAITING));

            assertThat(fromWrite(() -> passes().activate(OTHER_TENANT, GINA))).isZero();
            assertThat(stateOf(waiting)).isEqualTo(PassState.WAITING);
        }
    }

    @Nested
    @DisplayName("changing roles")
    class ChangingRoles {
        @Test
        @DisplayName("changeRole gives the participant's ACTIVE and WAITING passes the new role and counts them")
        void changes() {
            Pass active = added(TestData.pass().participant(OTTO).ofMember().role(Role.VIEWER));
            Pass waiting = added(TestData.pass().participant(OTTO).ofMember().role(Role.VIEWER).state(PassState.WAITING));
            Pass ended = added(TestData.pass().participant(OTTO).ofMember().role(Role.VIEWER).state(PassState.ENDED));
            Pass gina = added(TestData.pass().participant(GINA).ofMember().role(Role.VIEWER));

            int count = fromWrite(() -> passes().changeRole(TENANT, OTTO, Role.CONTRIBUTOR));

            assertThat(count).isEqualTo(2);
            assertThat(stored(active)).isEqualTo(with(active, Role.CONTRIBUTOR, PassState.ACTIVE));
            assertThat(stored(waiting)).isEqualTo(with(waiting, Role.CONTRIBUTOR, PassState.WAITING));
            assertThat(stored(ended)).isEqualTo(ended);
            assertThat(stored(gina)).isEqualTo(gina);
        }

        @Test
        @DisplayName("changeRole under another tenant changes nothing")
        void tenantIsolation() {
            Pass pass = added(TestData.pass().participant(OTTO).ofMember().role(Role.VIEWER));

            assertThat(fromWrite(() -> passes().changeRole(OTHER_TENANT, OTTO, Role.CONTRIBUTOR))).isZero();
            assertThat(stored(pass)).isEqualTo(pass);
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("a pass added in a write that fails is not kept")
        void addRolledBack() {
            Pass pass = TestData.pass().build();

            inFailedWrite(() -> passes().add(pass));

            assertThat(passes().findByTokenDigest(pass.tokenDigest())).isEmpty();
        }

        @Test
        @DisplayName("ending, activating and role changes in a write that fails are not kept")
        void changesRolledBack() {
            Pass active = added(TestData.pass().participant(GINA).link(LINK));
            Pass waiting = added(TestData.pass().participant(OTTO).ofMember().state(PassState.WAITING));

            inFailedWrite(() -> {
                passes().end(TENANT, PassScope.guestLink(LINK));
                passes().activate(TENANT, OTTO);
                passes().changeRole(TENANT, OTTO, Role.CONTRIBUTOR);
            });

            assertThat(stored(active)).isEqualTo(active);
            assertThat(stored(waiting)).isEqualTo(waiting);
            assertThat(fromWrite(() -> passes().end(TENANT, PassScope.guestLink(LINK)))).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("secrets")
    class Secrets {
        @Test
        @DisplayName("storage holds a pass's token digest, never the token itself")
        void noTokenStored() {
            String token = tokens.mint();
            added(TestData.pass().token(token));

            Pass stored = passes().findByTokenDigest(tokens.digest(token)).orElseThrow();

            assertRevealsNoToken(stored, token);
            assertThat(passes().findByTokenDigest(new TokenDigest(token))).as("looked up by the raw token").isEmpty();
        }
    }
}
