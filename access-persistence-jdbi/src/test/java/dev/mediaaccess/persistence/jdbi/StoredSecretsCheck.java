package dev.mediaaccess.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.secret.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Looks for given tokens and codes in what a database holds at rest, rendered as text. */
final class StoredSecretsCheck {
    private static final Set<String> CANDIDATE_TOKENS = GivenSecrets.candidateTokens();

    private StoredSecretsCheck() {}

    /**
     * @param atRest everything stored (file bytes as ISO-8859-1, or every row as text)
     * @param storedSeedTokens guest link tokens derived from the seeds found in storage: proof that the candidate set
     *     really holds the tokens handed out, or this check would pass for the wrong reason
     */
    static void assertNoSecretIn(String atRest, List<Notification> notified, List<String> storedSeedTokens) {
        assertThat(CANDIDATE_TOKENS).as("tokens of the stored guest links are among the candidates").containsAll(storedSeedTokens);
        List<String> invitationTokens = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Notification notification : notified) {
            if (notification instanceof Notification.InvitationNotice invitation) {
                invitationTokens.add(GivenSecrets.tokenOf(invitation));
            } else if (notification instanceof Notification.OneTimeCodeNotice code) {
                codes.add(code.code());
            }
        }
        assertThat(CANDIDATE_TOKENS).as("invitation tokens are among the candidates").containsAll(invitationTokens);

        List<String> found = new ArrayList<>();
        for (int i = 0; i + Tokens.TOKEN_LENGTH <= atRest.length(); i++) {
            String window = atRest.substring(i, i + Tokens.TOKEN_LENGTH);
            if (CANDIDATE_TOKENS.contains(window)) {
                found.add(window);
            }
        }
        for (String code : codes) {
            if (Pattern.compile("(?<![0-9])" + code + "(?![0-9])").matcher(atRest).find()) {
                found.add("code " + code);
            }
        }
        assertThat(found).as("tokens or codes stored at rest").isEmpty();
    }
}
