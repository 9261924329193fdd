package dev.mediaaccess.core.overview.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.application.Roster;
import java.util.List;
import java.util.Optional;

/** What a media page shows its caller, read in one transaction: a consistent snapshot. */
public sealed interface MediaOverview {

    /** A guest waiting in the lobby of a live session: there is nothing to show them but that. */
    record InLobby(MediaId media) implements MediaOverview {
        public InLobby {
            requireNonNull(media, "media");
        }
    }

    /**
     * The media item as the caller may see it: their standing (role, capabilities, grantable roles); for those who
     * manage access, its guest links and invitations (empty otherwise); for those who manage access or moderate, its
     * roster.
     */
    record Shown(Standing standing, List<GuestLinkView> links, List<InvitationView> invitations, Optional<Roster> roster)
            implements MediaOverview {
        public Shown {
            requireNonNull(standing, "standing");
            links = List.copyOf(links);
            invitations = List.copyOf(invitations);
            requireNonNull(roster, "roster");
            if (!standing.may(Capability.MANAGE_ACCESS) && (!links.isEmpty() || !invitations.isEmpty())) {
                throw new IllegalArgumentException("links and invitations are shown only to those who manage access");
            }
        }

        public boolean managesAccess() {
            return standing.may(Capability.MANAGE_ACCESS);
        }
    }
}
