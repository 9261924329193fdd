package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.media.application.Membership;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.application.Roster;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.pass.model.IssuedPass;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What the API answers: plain records, timestamps as ISO-8601 text, enums by name. */
final class Views {
    private Views() {}

    record MediaJson(
            String id, String title, String kind, boolean live, boolean guestAccessEnabled, String createdAt,
            String role, List<String> capabilities, List<String> grantableRoles, String owner) {

        /** {@code grantableRoles} and {@code owner} only for those who manage access (the standing says which). */
        static MediaJson of(Standing standing) {
            Media media = standing.media();
            boolean manages = standing.may(Capability.MANAGE_ACCESS);
            return new MediaJson(media.id().value(), media.title(), media.kind().name(), media.kind().isLive(),
                    media.guestAccessEnabled(), text(media.createdAt()), standing.role().name(),
                    names(standing.capabilities()), names(standing.grantableRoles()), manages ? media.owner().value() : null);
        }
    }

    /** A line of a user's media list; {@code memberSince} only on media they are a member of. */
    record MediaSummaryJson(
            String id, String title, String kind, boolean live, boolean guestAccessEnabled, String createdAt, String role,
            String memberSince) {

        static MediaSummaryJson owned(Media media) {
            return of(media, Role.OWNER, null);
        }

        static MediaSummaryJson of(Membership membership) {
            return of(membership.media(), membership.role(), membership.since());
        }

        private static MediaSummaryJson of(Media media, Role role, Instant memberSince) {
            return new MediaSummaryJson(media.id().value(), media.title(), media.kind().name(), media.kind().isLive(),
                    media.guestAccessEnabled(), text(media.createdAt()), role.name(), text(memberSince));
        }
    }

    record MediaListJson(List<MediaSummaryJson> owned, List<MediaSummaryJson> memberOf) {
        static MediaListJson of(List<Media> owned, List<Membership> memberships) {
            return new MediaListJson(owned.stream().map(MediaSummaryJson::owned).toList(),
                    memberships.stream().map(MediaSummaryJson::of).toList());
        }
    }

    record AccessJson(boolean allowed, String reason, String role, List<String> capabilities) {
        static AccessJson of(AccessDecision decision) {
            return new AccessJson(decision.allowed(), decision.reason().code(), decision.role().map(Role::name).orElse(null),
                    names(decision.capabilities()));
        }
    }

    record GuestLinkJson(
            String id, String url, String label, String expiresAt, Integer maxJoins, List<String> allowedDomains,
            String admission, int joinCount, String state, String createdAt, String revokedAt) {

        static GuestLinkJson of(GuestLinkView view) {
            GuestLink link = view.link();
            return new GuestLinkJson(link.id().value(), view.url().toString(), link.settings().label().orElse(null),
                    text(link.settings().expiresAt()), link.settings().maxJoins().orElse(null),
                    List.copyOf(link.settings().allowedDomains()), link.settings().admission().name(), link.joinCount(),
                    view.state().name(), text(link.createdAt()), text(link.revokedAt()));
        }
    }

    record PassJson(String token, String expiresAt) {
        static PassJson of(IssuedPass issued) {
            return new PassJson(issued.token(), text(issued.pass().expiresAt()));
        }
    }

    /** @param status {@code admitted}, or {@code waiting} in the lobby until a moderator decides */
    record JoinJson(
            String status, String mediaId, String mediaTitle, String participantId, String role, String pageUrl, PassJson pass) {}

    record InvitationJson(
            String id, String email, String role, String status, String message, String invitedBy, String createdAt,
            String expiresAt, String acceptedAt, String participantId) {

        static InvitationJson of(InvitationView view) {
            Invitation invitation = view.invitation();
            return new InvitationJson(invitation.id().value(), invitation.email().value(), invitation.role().name(),
                    view.status().name(), invitation.message().orElse(null), invitation.invitedBy().value(),
                    text(invitation.createdAt()), text(invitation.expiresAt()), text(invitation.acceptedAt()),
                    invitation.member().map(Object::toString).orElse(null));
        }
    }

    record AcceptanceJson(
            String mediaId, String mediaTitle, String role, List<String> capabilities, String participantId, String pageUrl,
            PassJson pass) {}

    record CodeSentJson(String sentTo, String expiresAt) {}

    record ParticipantJson(
            String id, String kind, String name, String email, String role, String status, String linkId,
            String invitationId, String joinedAt) {

        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.id().value(), p.kind().name(), p.name().value(), p.email().value(), p.role().name(),
                    p.status().name(), p.link().map(Object::toString).orElse(null),
                    p.invitation().map(Object::toString).orElse(null), text(p.joinedAt()));
        }

        static List<ParticipantJson> all(List<Participant> participants) {
            return participants.stream().map(ParticipantJson::of).toList();
        }
    }

    record OwnerJson(String userId) {}

    record RosterJson(
            String mediaId, OwnerJson owner, List<ParticipantJson> members, List<ParticipantJson> guests,
            List<ParticipantJson> lobby, List<ParticipantJson> departed) {

        static RosterJson of(Roster roster) {
            return new RosterJson(roster.media().id().value(), new OwnerJson(roster.media().owner().value()),
                    ParticipantJson.all(roster.members()), ParticipantJson.all(roster.guests()),
                    ParticipantJson.all(roster.lobby()), ParticipantJson.all(roster.departed()));
        }
    }

    record AuditEventJson(
            String at, String action, String actor, String subject, String linkId, String invitationId,
            String participantId, String reason) {

        static AuditEventJson of(AuditEvent event) {
            return new AuditEventJson(text(event.at()), event.action().name(), event.actor().text(), event.subject().orElse(null),
                    event.link().map(Object::toString).orElse(null), event.invitation().map(Object::toString).orElse(null),
                    event.participant().map(Object::toString).orElse(null), event.reason().orElse(null));
        }
    }

    record HealthJson(String status) {}

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }
}
