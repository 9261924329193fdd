package dev.mediaaccess.core.tenant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Limits a host sets per tenant.
 *
 * @param maxGuestLinksPerMedia how many active guest links one media item may have (default 3)
 * @param invitationDefaultTtl how long an invitation stays valid when the inviter names no expiry (default 7 days)
 * @param invitationMaxTtl the longest expiry an inviter may choose (default 30 days)
 * @param guestPassTtl how long a guest's pass lasts after joining; never beyond the link's own expiry (default 12 hours)
 * @param memberPassTtl how long an invitee's pass lasts after accepting with a one-time code (default 30 days)
 * @param codeTtl how long a one-time code may be used (default 10 minutes)
 * @param codeMaxAttempts how many wrong tries a one-time code survives (default 5)
 */
public record TenantSettings(
        int maxGuestLinksPerMedia,
        Duration invitationDefaultTtl,
        Duration invitationMaxTtl,
        Duration guestPassTtl,
        Duration memberPassTtl,
        Duration codeTtl,
        int codeMaxAttempts) {

    public TenantSettings {
        checkArgument(maxGuestLinksPerMedia >= 1, "maxGuestLinksPerMedia must be at least 1");
        requirePositive(invitationDefaultTtl, "invitationDefaultTtl");
        requirePositive(invitationMaxTtl, "invitationMaxTtl");
        requirePositive(guestPassTtl, "guestPassTtl");
        requirePositive(memberPassTtl, "memberPassTtl");
        requirePositive(codeTtl, "codeTtl");
        checkArgument(invitationDefaultTtl.compareTo(invitationMaxTtl) <= 0,
                "invitationDefaultTtl must not exceed invitationMaxTtl");
        checkArgument(codeMaxAttempts >= 1, "codeMaxAttempts must be at least 1");
    }

    public static TenantSettings defaults() {
        return new TenantSettings(3, Duration.ofDays(7), Duration.ofDays(30), Duration.ofHours(12),
                Duration.ofDays(30), Duration.ofMinutes(10), 5);
    }

    public TenantSettings withMaxGuestLinksPerMedia(int max) {
        return new TenantSettings(max, invitationDefaultTtl, invitationMaxTtl, guestPassTtl, memberPassTtl, codeTtl, codeMaxAttempts);
    }

    public TenantSettings withInvitationTtl(Duration defaultTtl, Duration maxTtl) {
        return new TenantSettings(maxGuestLinksPerMedia, defaultTtl, maxTtl, guestPassTtl, memberPassTtl, codeTtl, codeMaxAttempts);
    }

    public TenantSettings withPassTtl(Duration guest, Duration member) {
        return new TenantSettings(maxGuestLinksPerMedia, invitationDefaultTtl, invitationMaxTtl, guest, member, codeTtl, codeMaxAttempts);
    }

    public TenantSettings withCodes(Duration ttl, int maxAttempts) {
        return new TenantSettings(maxGuestLinksPerMedia, invitationDefaultTtl, invitationMaxTtl, guestPassTtl, memberPassTtl, ttl, maxAttempts);
    }

    private static void requirePositive(Duration duration, String name) {
        requireNonNull(duration, name);
        checkArgument(!duration.isNegative() && !duration.isZero(), "%s must be positive", name);
    }
}
