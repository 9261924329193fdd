package dev.mediaaccess.core.media.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.internal.Text;
import java.time.Instant;

/**
 * A media item of a tenant: a video, a document, a live room session... Only its owner (and, on live kinds, its
 * moderators) manage who else may reach it. Guest access is off until someone turns it on.
 */
public record Media(
        MediaId id, TenantId tenant, UserId owner, String title, MediaKind kind, boolean guestAccessEnabled, Instant createdAt) {
    public static final int MAX_TITLE_LENGTH = 200;

    public Media {
        requireNonNull(id, "id");
        requireNonNull(tenant, "tenant");
        requireNonNull(owner, "owner");
        requireNonNull(kind, "kind");
        requireNonNull(createdAt, "createdAt");
        if (title == null || !title.equals(Text.clean(title, 1, MAX_TITLE_LENGTH, false))) {
            throw new IllegalArgumentException("title must be clean text of 1 to " + MAX_TITLE_LENGTH + " characters");
        }
    }

    /** A new media item with guest access off. {@code title} is validated (throws {@code ValidationFailed}). */
    public static Media register(MediaId id, TenantId tenant, UserId owner, String title, MediaKind kind, Instant at) {
        return new Media(id, tenant, owner, Text.clean(title, 1, MAX_TITLE_LENGTH, false), kind, false, at);
    }

    public Media withGuestAccess(boolean enabled) {
        return new Media(id, tenant, owner, title, kind, enabled, createdAt);
    }
}
