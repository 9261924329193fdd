package dev.mediaaccess.core.media.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.media.model.Media;
import java.time.Instant;

/**
 * A media item someone else owns on which a user is an admitted member, with the role their invitation gave them.
 *
 * @param since when they accepted the invitation that let them in most recently
 */
public record Membership(Media media, Role role, Instant since) {
    public Membership {
        requireNonNull(media, "media");
        requireNonNull(role, "role");
        requireNonNull(since, "since");
        if (role == Role.OWNER || role == Role.GUEST) {
            throw new IllegalArgumentException("a membership carries an invited role, not " + role);
        }
    }
}
