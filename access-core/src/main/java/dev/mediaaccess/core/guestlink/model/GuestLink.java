package dev.mediaaccess.core.guestlink.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
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

    /** How guests get in through this link on media of {@code kind}: moderator approval holds on live kinds only. */
    public Admission admissionFor(MediaKind kind) {
        return kind.isLive() ? settings.admission() : Admission.AUTOMATIC;
    }

    /**
     * Why this link turns away anyone (new or returning) with {@code email} at {@code now}, or empty if it lets them
     * on: revoked (told as unknown), guest access to {@code media} off, expired, or an email domain it does not admit.
     * Whether a new guest still fits is {@link #newGuestRefusal()}.
     */
    public Optional<JoinRefusal> joinRefusal(Media media, EmailAddress email, Instant now) {
        if (revoked) {
            return Optional.of(new JoinRefusal(notFound(), ErrorCode.GUEST_LINK_REVOKED));
        }
        if (!media.guestAccessEnabled()) {
            return Optional.of(JoinRefusal.of(ErrorCode.GUEST_ACCESS_DISABLED, "Guest access to this media is turned off."));
        }
        if (isExpiredAt(now)) {
            return Optional.of(JoinRefusal.of(ErrorCode.GUEST_LINK_EXPIRED, "This guest link has expired."));
        }
        if (!settings.admitsDomainOf(email)) {
            return Optional.of(JoinRefusal.of(ErrorCode.EMAIL_DOMAIN_NOT_ALLOWED,
                    "This link is not open to emails at " + email.domain() + "."));
        }
        return Optional.empty();
    }

    /** Why a new guest (one who never joined through this link) cannot join: every join it allows is used. */
    public Optional<JoinRefusal> newGuestRefusal() {
        return isExhausted() ? Optional.of(exhaustedRefusal()) : Optional.empty();
    }

    /** The refusal of a join that found the link full, checked again at the conditional count. */
    public static JoinRefusal exhaustedRefusal() {
        return JoinRefusal.of(ErrorCode.GUEST_LINK_EXHAUSTED, "This link has reached its maximum number of guests.");
    }

    /** This link, for a change only a link still in use takes (new settings, a new URL). */
    public GuestLink requireNotRevoked() {
        if (revoked) {
            throw new AccessRefused(ErrorCode.GUEST_LINK_REVOKED, "This guest link was revoked; create a new one instead.");
        }
        return this;
    }

    /** What anyone presenting an unknown, rotated-away or revoked token is told: these look exactly alike. */
    public static AccessRefused notFound() {
        return new AccessRefused(ErrorCode.GUEST_LINK_NOT_FOUND, "This guest link is not valid. It may have been replaced or revoked.");
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
