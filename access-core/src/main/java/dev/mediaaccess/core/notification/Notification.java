package dev.mediaaccess.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.media.model.MediaKind;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A message the core asks the host to deliver to an email address. Fields hold raw user text: whoever renders them
 * (HTML or plain text) must escape them for that format.
 */
public sealed interface Notification {
    EmailAddress to();

    /** "{inviter} invited you to {media} as {role}", with the link only the invitee can use. */
    record InvitationNotice(
            EmailAddress to, String inviterName, String mediaTitle, MediaKind kind, Role role, Optional<String> message,
            URI link, Instant expiresAt) implements Notification {
        public InvitationNotice {
            requireNonNull(to, "to");
            requireNonNull(inviterName, "inviterName");
            requireNonNull(mediaTitle, "mediaTitle");
            requireNonNull(kind, "kind");
            requireNonNull(role, "role");
            requireNonNull(message, "message");
            requireNonNull(link, "link");
            requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** The one-time code that proves the invitee owns the invited email. */
    record OneTimeCodeNotice(EmailAddress to, String mediaTitle, String code, Instant expiresAt) implements Notification {
        public OneTimeCodeNotice {
            requireNonNull(to, "to");
            requireNonNull(mediaTitle, "mediaTitle");
            requireNonNull(code, "code");
            requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "OneTimeCodeNotice[to=" + to + ", code=redacted]";
        }
    }
}
