package dev.mediaaccess.core.guestlink.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLinkState;
import dev.mediaaccess.core.media.model.MediaKind;
import java.util.Set;

/**
 * What the guest join page shows to whoever opens a guest link, before they join: what it leads to and whether it
 * still admits anyone. Never REVOKED: a revoked link is not found.
 *
 * @param admission how a guest gets in; MODERATOR_APPROVAL only on live kinds
 * @param allowedDomains if not empty, only emails at these domains may join
 */
public record GuestLinkPreview(
        String mediaTitle, MediaKind kind, GuestLinkState state, boolean guestAccessEnabled, Admission admission,
        Set<String> allowedDomains) {
    public GuestLinkPreview {
        requireNonNull(mediaTitle, "mediaTitle");
        requireNonNull(kind, "kind");
        requireNonNull(state, "state");
        requireNonNull(admission, "admission");
        allowedDomains = Set.copyOf(allowedDomains);
    }
}
