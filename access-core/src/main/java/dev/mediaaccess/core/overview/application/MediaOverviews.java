package dev.mediaaccess.core.overview.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.application.Resolution;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.DecisionReason;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.application.ParticipantRoster;
import dev.mediaaccess.core.participant.application.Roster;
import dev.mediaaccess.core.participant.model.Participants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inbound port: one query for everything a media page shows its caller (see {@link MediaOverview}), with one
 * permission check, in one read transaction.
 */
public final class MediaOverviews {
    private final UseCaseSupport support;
    private final AccessChecks access;
    private final GuestLinks links;
    private final Invitations invitations;
    private final Participants participants;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public MediaOverviews(
            UseCaseSupport support, AccessChecks access, GuestLinks links, Invitations invitations, Participants participants) {
        this.support = requireNonNull(support, "support");
        this.access = requireNonNull(access, "access");
        this.links = requireNonNull(links, "links");
        this.invitations = requireNonNull(invitations, "invitations");
        this.participants = requireNonNull(participants, "participants");
    }

    /**
     * The media page's content for the principal; a guest waiting in the lobby gets {@link MediaOverview.InLobby}.
     * Anyone else without a role on the media item is refused as every other call refuses them.
     */
    public MediaOverview of(Principal principal, MediaId mediaId) {
        requireNonNull(mediaId, "mediaId");
        return support.read(() -> {
            Resolution resolution = access.resolve(principal, mediaId);
            if (resolution instanceof Resolution.Refused refused && refused.reason() == DecisionReason.LOBBY_WAITING) {
                return new MediaOverview.InLobby(mediaId);
            }
            return shown(resolution.standingOrThrow());
        });
    }

    private MediaOverview.Shown shown(Standing standing) {
        Media media = standing.media();
        Instant now = support.now();
        boolean manages = standing.may(Capability.MANAGE_ACCESS);
        List<GuestLinkView> linkViews = manages
                ? links.listForMedia(media.tenant(), media.id()).stream()
                        .map(link -> GuestLinkView.of(link, support.guestLinkUrl(link), now)).toList()
                : List.of();
        List<InvitationView> invitationViews = manages
                ? invitations.listForMedia(media.tenant(), media.id()).stream()
                        .map(invitation -> InvitationView.of(invitation, now)).toList()
                : List.of();
        Optional<Roster> roster = ParticipantRoster.seesRoster(standing)
                ? Optional.of(Roster.of(media, participants.listForMedia(media.tenant(), media.id())))
                : Optional.empty();
        return new MediaOverview.Shown(standing, linkViews, invitationViews, roster);
    }
}
