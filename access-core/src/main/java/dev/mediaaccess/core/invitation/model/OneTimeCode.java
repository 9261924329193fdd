package dev.mediaaccess.core.invitation.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;

/**
 * A one-time code sent to an invited email, proving its owner is the one accepting. Stored as a keyed digest, with a
 * short expiry and a count of attempts.
 */
public record OneTimeCode(TenantId tenant, InvitationId invitation, TokenDigest codeDigest, Instant expiresAt, int attempts) {
    public OneTimeCode {
        requireNonNull(tenant, "tenant");
        requireNonNull(invitation, "invitation");
        requireNonNull(codeDigest, "codeDigest");
        requireNonNull(expiresAt, "expiresAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    public static OneTimeCode issued(TenantId tenant, InvitationId invitation, TokenDigest digest, Instant expiresAt) {
        return new OneTimeCode(tenant, invitation, digest, expiresAt, 0);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
