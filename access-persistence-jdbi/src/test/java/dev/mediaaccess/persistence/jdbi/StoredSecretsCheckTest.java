package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The at-rest check of the scenario suites finds a token or a code wherever it sits. */
class StoredSecretsCheckTest {
    private static final String FIRST_MINTED = TestSecrets.tokens().mint();
    private static final Notification CODE = new Notification.OneTimeCodeNotice(
            EmailAddress.parse("ann@example.com"), "Media", "042917", Instant.EPOCH);

    @Test
    void findsAMintedToken() {
        assertThatThrownBy(() -> StoredSecretsCheck.assertNoSecretIn("row\u0000" + FIRST_MINTED + "\u0001", List.of(), List.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining(FIRST_MINTED);
    }

    @Test
    void findsADerivedGuestLinkToken() {
        String linkToken = TestSecrets.tokens().guestLinkToken(TestSecrets.tokens().newSeed());
        assertThatThrownBy(() -> StoredSecretsCheck.assertNoSecretIn(linkToken, List.of(), List.of(linkToken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(linkToken);
    }

    @Test
    void findsACodeButNotDigitsInsideALongerNumber() {
        assertThatThrownBy(() -> StoredSecretsCheck.assertNoSecretIn("code:042917;", List.of(CODE), List.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("042917");
        assertThatCode(() -> StoredSecretsCheck.assertNoSecretIn("1700000042917000", List.of(CODE), List.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesToPassWhenTheCandidatesMissATokenThatWasHandedOut() {
        String foreign = "A".repeat(43);
        assertThatThrownBy(() -> StoredSecretsCheck.assertNoSecretIn("", List.of(), List.of(foreign))).isInstanceOf(AssertionError.class);
    }
}
