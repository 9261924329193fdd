package dev.mediaaccess.core.invitation.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.media.model.MediaKind;
import java.time.Instant;
import java.util.Optional;

/**
 * What the invitation page shows to whoever opens an invitation link: who invited them, to what, as which role.
 * The invited email is masked: the link alone does not reveal it.
 */
public record InvitationPreview(
        String mediaTitle, MediaKind kind, Role role, String invitedBy, String maskedEmail, InvitationStatus status,
        Instant expiresAt, Optional<String> message) {
    public InvitationPreview {
        requireNonNull(mediaTitle, "mediaTitle");
        requireNonNull(kind, "kind");
        requireNonNull(role, "role");
        requireNonNull(invitedBy, "invitedBy");
        requireNonNull(maskedEmail, "maskedEmail");
        requireNonNull(status, "status");
        requireNonNull(expiresAt, "expiresAt");
        requireNonNull(message, "message");
    }
}
