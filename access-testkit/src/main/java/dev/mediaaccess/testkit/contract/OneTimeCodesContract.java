package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link OneTimeCodes}. Extend it and implement {@link #createStorage}. */
@DisplayName("OneTimeCodes contract")
public abstract class OneTimeCodesContract extends StorageContract {
    private static final Instant EXPIRY = TestData.NOW.plus(Duration.ofMinutes(10));

    private OneTimeCodes codes() {
        return storage.oneTimeCodes();
    }

    private OneTimeCode issued(InvitationId invitation, String code) {
        return OneTimeCode.issued(TENANT, invitation, tokens.codeDigest(invitation.value(), code), EXPIRY);
    }

    private OneTimeCode put(OneTimeCode code) {
        inWrite(() -> codes().put(code));
        return code;
    }

    private boolean attempt(InvitationId invitation, int maxAttempts) {
        return fromWrite(() -> codes().tryAttempt(TENANT, invitation, maxAttempts));
    }

    private int attempts(InvitationId invitation) {
        return codes().find(TENANT, invitation).orElseThrow().attempts();
    }

    private static InvitationId newInvitation() {
        return InvitationId.of(TestData.nextId("invitation"));
    }

    @Nested
    @DisplayName("putting and finding")
    class PuttingAndFinding {
        @Test
        @DisplayName("a stored code is found under its invitation exactly as put")
        void finds() {
            OneTimeCode code = put(issued(newInvitation(), "123456"));

            assertThat(codes().find(TENANT, code.invitation())).contains(code);
        }

        @Test
        @DisplayName("a code put with attempts already made keeps that count")
        void keepsAttempts() {
            InvitationId invitation = newInvitation();
            OneTimeCode used = new OneTimeCode(TENANT, invitation, tokens.codeDigest(invitation.value(), "111111"), EXPIRY, 3);

            put(used);

            assertThat(codes().find(TENANT, invitation)).contains(used);
        }

        @Test
        @DisplayName("a new code replaces the invitation's earlier one, and its attempts start again at zero")
        void replaces() {
            InvitationId invitation = newInvitation();
            put(issued(invitation, "111111"));
            attempt(invitation, 5);
            attempt(invitation, 5);

            OneTimeCode second = put(issued(invitation, "222222"));

            assertThat(codes().find(TENANT, invitation)).contains(second);
            assertThat(attempts(invitation)).isZero();
        }

        @Test
        @DisplayName("an invitation without a code finds nothing, and codes are kept per invitation")
        void unknown() {
            OneTimeCode code = put(issued(newInvitation(), "123456"));
            OneTimeCode other = put(issued(newInvitation(), "654321"));

            assertThat(codes().find(TENANT, InvitationId.of("no-such-invitation"))).isEmpty();
            assertThat(codes().find(TENANT, code.invitation())).contains(code);
            assertThat(codes().find(TENANT, other.invitation())).contains(other);
        }

        @Test
        @DisplayName("a code is never found under another tenant, even for the same invitation id")
        void tenantIsolation() {
            OneTimeCode ours = put(issued(InvitationId.of("shared-id"), "123456"));
            assertThat(codes().find(OTHER_TENANT, ours.invitation())).isEmpty();

            OneTimeCode theirs = put(new OneTimeCode(OTHER_TENANT, ours.invitation(), tokens.codeDigest("theirs", "999999"), EXPIRY, 0));

            assertThat(codes().find(TENANT, ours.invitation())).contains(ours);
            assertThat(codes().find(OTHER_TENANT, ours.invitation())).contains(theirs);
        }
    }

    @Nested
    @DisplayName("counting attempts")
    class CountingAttempts {
        @Test
        @DisplayName("attempts are counted up to the maximum, then refused without counting")
        void upToMaximum() {
            InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();

            assertThat(attempt(invitation, 3)).isTrue();
            assertThat(attempt(invitation, 3)).isTrue();
            assertThat(attempts(invitation)).isEqualTo(2);
            assertThat(attempt(invitation, 3)).isTrue();
            assertThat(attempt(invitation, 3)).isFalse();
            assertThat(attempts(invitation)).isEqualTo(3);
        }

        @Test
        @DisplayName("the maximum given with each attempt is what counts")
        void maximumPerCall() {
            InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();
            attempt(invitation, 5);
            attempt(invitation, 5);

            assertThat(attempt(invitation, 2)).isFalse();
            assertThat(attempt(invitation, 3)).isTrue();
            assertThat(attempts(invitation)).isEqualTo(3);
        }

        @Test
        @DisplayName("an attempt counts only on the code of the invitation it names")
        void onlyThatCode() {
            InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();
            InvitationId other = put(issued(newInvitation(), "654321")).invitation();

            attempt(invitation, 5);

            assertThat(attempts(invitation)).isEqualTo(1);
            assertThat(attempts(other)).isZero();
        }

        @Test
        @DisplayName("an invitation without a code, or another tenant's, gets no attempt")
        void unknownOrOtherTenant() {
            InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();

            assertThat(attempt(InvitationId.of("no-such-invitation"), 5)).isFalse();
            assertThat(fromWrite(() -> codes().tryAttempt(OTHER_TENANT, invitation, 5))).isFalse();
            assertThat(attempts(invitation)).isZero();
        }
    }

    @Nested
    @DisplayName("removing")
    class Removing {
        @Test
        @DisplayName("a removed code is gone and gets no attempt")
        void removes() {
            InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();

            inWrite(() -> codes().remove(TENANT, invitation));

            assertThat(codes().find(TENANT, invitation)).isEmpty();
            assertThat(attempt(invitation, 5)).isFalse();
        }

        @Test
        @DisplayName("removing leaves other invitations' codes and another tenant's code alone")
        void onlyThatCode() {
            OneTimeCode ours = put(issued(InvitationId.of("shared-id"), "123456"));
            OneTimeCode theirs = put(new OneTimeCode(OTHER_TENANT, ours.invitation(), tokens.codeDigest("theirs", "999999"), EXPIRY, 0));
            OneTimeCode other = put(issued(newInvitation(), "654321"));

            inWrite(() -> codes().remove(TENANT, ours.invitation()));

            assertThat(codes().find(OTHER_TENANT, ours.invitation())).contains(theirs);
            assertThat(codes().find(TENANT, other.invitation())).contains(other);
        }

        @Test
        @DisplayName("removing a code that does not exist does nothing")
        void unknown() {
            OneTimeCode code = put(issued(newInvitation(), "123456"));

            inWrite(() -> codes().remove(TENANT, InvitationId.of("no-such-invitation")));

            assertThat(codes().find(TENANT, code.invitation())).contains(code);
        }
    }

    @Nested
    @DisplayName("under concurrency")
    class UnderConcurrency {
        @Test
        @DisplayName("16 concurrent attempts with a maximum of 5 admit exactly 5 and count 5, every round")
        void attemptsNeverExceeded() {
            try (Race race = new Race(16)) {
                for (int round = 0; round < 20; round++) {
                    InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();

                    int admitted = race.countTrue(() -> attempt(invitation, 5));

                    assertThat(admitted).as("attempts admitted in round %s", round).isEqualTo(5);
                    assertThat(attempts(invitation)).as("attempts counted in round %s", round).isEqualTo(5);
                }
            }
        }
    }

    @Nested
    @DisplayName("in transactions")
    class InTransactions {
        @Test
        @DisplayName("a code put in a write that fails is not kept, and the earlier code stays")
        void putRolledBack() {
            InvitationId fresh = newInvitation();
            OneTimeCode earlier = put(issued(newInvitation(), "111111"));

            inFailedWrite(() -> {
                codes().put(issued(fresh, "123456"));
                codes().put(issued(earlier.invitation(), "222222"));
            });

            assertThat(codes().find(TENANT, fresh)).isEmpty();
            assertThat(codes().find(TENANT, earlier.invitation())).contains(earlier);
        }

        @Test
        @DisplayName("an attempt counted in a write that fails is not kept")
        void attemptRolledBack() {
            InvitationId invitation = put(issued(newInvitation(), "123456")).invitation();

            inFailedWrite(() -> codes().tryAttempt(TENANT, invitation, 1));

            assertThat(attempts(invitation)).isZero();
            assertThat(attempt(invitation, 1)).isTrue();
        }

        @Test
        @DisplayName("a removal in a write that fails is not kept")
        void removalRolledBack() {
            OneTimeCode code = put(issued(newInvitation(), "123456"));

            inFailedWrite(() -> codes().remove(TENANT, code.invitation()));

            assertThat(codes().find(TENANT, code.invitation())).contains(code);
        }
    }

    @Nested
    @DisplayName("secrets")
    class Secrets {
        @Test
        @DisplayName("storage holds a code's keyed digest, never the code itself")
        void noCodeStored() {
            InvitationId invitation = newInvitation();
            String code = tokens.newCode();
            put(issued(invitation, code));

            OneTimeCode stored = codes().find(TENANT, invitation).orElseThrow();

            assertThat(stored.codeDigest()).isEqualTo(tokens.codeDigest(invitation.value(), code));
            assertRevealsNoToken(stored, code);
        }
    }
}
