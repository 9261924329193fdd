package dev.mediaaccess.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static final HostSecret SECRET = HostSecret.of(new byte[32]);
    private final Tokens tokens = new Tokens(TokenSource.secureRandom(), SECRET);

    @Test
    @DisplayName("a minted token is 43 URL-safe characters (256 bits) and never repeats")
    void mintsUrlSafeTokens() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.mint();
            assertThat(token).hasSize(Tokens.TOKEN_LENGTH).matches("[A-Za-z0-9_-]+");
            assertThat(Tokens.looksLikeToken(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    @DisplayName("a digest is stable, differs from the token, and differs between tokens")
    void digests() {
        String token = tokens.mint();
        assertThat(tokens.digest(token)).isEqualTo(tokens.digest(token));
        assertThat(tokens.digest(token).value()).isNotEqualTo(token);
        assertThat(tokens.digest(token)).isNotEqualTo(tokens.digest(tokens.mint()));
    }

    @Test
    @DisplayName("a guest link token is derived from its seed under the host secret: same seed, same token")
    void derivesGuestLinkTokens() {
        String seed = tokens.newSeed();
        assertThat(tokens.guestLinkToken(seed)).isEqualTo(tokens.guestLinkToken(seed)).hasSize(Tokens.TOKEN_LENGTH);
        assertThat(tokens.guestLinkToken(seed)).isNotEqualTo(tokens.guestLinkToken(tokens.newSeed()));
        byte[] other = new byte[32];
        other[0] = 1;
        Tokens otherHost = new Tokens(TokenSource.secureRandom(), HostSecret.of(other));
        assertThat(otherHost.guestLinkToken(seed)).isNotEqualTo(tokens.guestLinkToken(seed));
        assertThat(tokens.guestLinkToken(seed)).doesNotContain(seed);
    }

    @Test
    @DisplayName("codes are six digits and roughly uniform")
    void codes() {
        int[] firstDigit = new int[10];
        for (int i = 0; i < 5000; i++) {
            String code = tokens.newCode();
            assertThat(code).matches("[0-9]{6}");
            firstDigit[code.charAt(0) - '0']++;
        }
        for (int count : firstDigit) {
            assertThat(count).isBetween(350, 650);
        }
    }

    @Test
    @DisplayName("a code digest is bound to its subject and keyed by the host secret")
    void codeDigests() {
        assertThat(tokens.codeDigest("inv-1", "123456")).isEqualTo(tokens.codeDigest("inv-1", "123456"));
        assertThat(tokens.codeDigest("inv-1", "123456")).isNotEqualTo(tokens.codeDigest("inv-2", "123456"));
        assertThat(tokens.codeDigest("inv-1", "123456")).isNotEqualTo(tokens.codeDigest("inv-1", "123457"));
        assertThat(Tokens.same(tokens.codeDigest("a", "1"), tokens.codeDigest("a", "1"))).isTrue();
        assertThat(Tokens.same(tokens.codeDigest("a", "1"), tokens.codeDigest("a", "2"))).isFalse();
    }

    @Test
    @DisplayName("ids are version-4 UUIDs drawn from the token source")
    void ids() {
        Random seeded = new Random(7);
        Tokens deterministic = new Tokens(seeded::nextBytes, SECRET);
        UUID id = UUID.fromString(deterministic.newId());
        assertThat(id.version()).isEqualTo(4);
        Random again = new Random(7);
        assertThat(new Tokens(again::nextBytes, SECRET).newId()).isEqualTo(id.toString());
    }

    @Test
    @DisplayName("text that cannot be a token is recognised before any lookup")
    void looksLikeToken() {
        assertThat(Tokens.looksLikeToken(null)).isFalse();
        assertThat(Tokens.looksLikeToken("short")).isFalse();
        assertThat(Tokens.looksLikeToken("a".repeat(42) + "!")).isFalse();
        assertThat(Tokens.looksLikeToken("a".repeat(43))).isTrue();
    }

    @Test
    @DisplayName("a host secret is at least 32 bytes and never printed")
    void hostSecret() {
        assertThatThrownBy(() -> HostSecret.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(SECRET.toString()).doesNotContain("0, 0").contains("redacted");
    }
}
