package dev.mediaaccess.persistence.jdbi;

import com.google.common.io.BaseEncoding;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.testkit.TestAccess;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The secrets clients of the scenario suite were handed, to look for in the stored bytes afterwards.
 *
 * <p>The suite wires the core with a {@code java.util.Random} seeded with {@link TestSecrets#TOKEN_SEED}, and every
 * draw the core makes is a whole number of 4-byte words, so each bearer token minted is the base64 of 32 consecutive
 * bytes of that stream starting at a word boundary, and each guest link token is derived from 16 such bytes. Taking
 * every word boundary of the first bytes of the stream covers every token any scenario was given; the one-time codes
 * and invitation links come from the suite's recording notifier ({@code AccessScenarios.notifier()}).
 */
final class GivenSecrets {
    private static final BaseEncoding URL_SAFE = BaseEncoding.base64Url().omitPadding();
    private static final int WORDS = 16_384;

    private GivenSecrets() {}

    /** Every token the deterministic source could have minted or derived in the first {@value #WORDS} words. */
    static Set<String> candidateTokens() {
        byte[] stream = new byte[WORDS * 4 + 32];
        new Random(TestSecrets.TOKEN_SEED).nextBytes(stream);
        Tokens tokens = TestSecrets.tokens();
        Set<String> candidates = new HashSet<>();
        for (int offset = 0; offset < WORDS * 4; offset += 4) {
            candidates.add(URL_SAFE.encode(Arrays.copyOfRange(stream, offset, offset + 32)));
            candidates.add(tokens.guestLinkToken(URL_SAFE.encode(Arrays.copyOfRange(stream, offset, offset + 16))));
        }
        return candidates;
    }

    static String tokenOf(Notification.InvitationNotice notice) {
        return TestAccess.tokenOf(notice.link());
    }
}
