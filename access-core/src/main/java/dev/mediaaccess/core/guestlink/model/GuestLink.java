package dev.mediaaccess.core.guestlink.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * One shareable link to one media item: anyone holding its URL may join as a guest, within its settings.
 * The token in the URL is derived from {@code tokenSeed} under the host secret, so storage holds no usable token;
 * {@code tokenDigest} is how a presented token is found. Rotating draws a new seed: the old URL stops working.
 *
 * @param joinCount how many different people have joined; only {@link GuestLinks#tryConsumeJoin} changes it
 */
public record GuestLink(
        GuestLinkId id,
        TenantId tenant,
        MediaId media,
        GuestLinkSettings settings,
        String tokenSeed,
        TokenDigest tokenDigest,
        int joinCount,
        boolean revoked,
        Instant createdAt,
        Optional<Instant> revokedAt) {

    public GuestLink {
        requireNonNull(id, "id");
        requireNonNull(tenant, "tenant");
        requireNonNull(media, "media");
        requireNonNull(settings, "settings");
        requireNonNull(tokenSeed, "tokenSeed");
        requireNonNull(tokenDigest, "tokenDigest");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(revokedAt, "revokedAt");
        if (joinCount < 0) {
            throw new IllegalArgumentException("joinCount must not be negative");
        }
        if (revoked != revokedAt.isPresent()) {
            throw new IllegalArgumentException("a link is revoked exactly when it has a revocation time");
        }
    }

    public static GuestLink create(
            GuestLinkId id, TenantId tenant, MediaId media, GuestLinkSettings settings, String seed, TokenDigest digest, Instant at) {
        return new GuestLink(id, tenant, media, settings, seed, digest, 0, false, at, Optional.empty());
    }

    public GuestLink rotated(String newSeed, TokenDigest newDigest) {
        return new GuestLink(id, tenant, media, settings, newSeed, newDigest, joinCount, revoked, createdAt, revokedAt);
    }

    public GuestLink revokedAt(Instant at) {
        return new GuestLink(id, tenant, media, settings, tokenSeed, tokenDigest, joinCount, true, createdAt, Optional.of(at));
    }

    public GuestLink withSettings(GuestLinkSettings newSettings) {
        return new GuestLink(id, tenant, media, newSettings, tokenSeed, tokenDigest, joinCount, revoked, createdAt, revokedAt);
    }

    /** True from the expiry instant on (an expiry at exactly {@code now} has passed). */
    public boolean isExpiredAt(Instant now) {
        return settings.expiresAt().map(expiry -> !now.isBefore(expiry)).orElse(false);
    }

    public boolean isExhausted() {
        return settings.maxJoins().map(max -> joinCount >= max).orElse(false);
    }

    public GuestLinkState stateAt(Instant now) {
        if (revoked) {
            return GuestLinkState.REVOKED;
        }
        if (isExpiredAt(now)) {
            return GuestLinkState.EXPIRED;
        }
        return isExhausted() ? GuestLinkState.EXHAUSTED : GuestLinkState.ACTIVE;
    }
}
