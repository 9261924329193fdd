package dev.mediaaccess.core.participant.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.ParticipantKind;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.Passes;
import java.util.List;

/** Inbound port: who is on a media item, the lobby of live kinds, and removing anyone. */
public final class ParticipantRoster {
    private final UseCaseSupport support;
    private final AccessChecks access;
    private final Participants participants;
    private final Invitations invitations;
    private final Passes passes;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public ParticipantRoster(
            UseCaseSupport support, AccessChecks access, Participants participants, Invitations invitations, Passes passes) {
        this.support = requireNonNull(support, "support");
        this.access = requireNonNull(access, "access");
        this.participants = requireNonNull(participants, "participants");
        this.invitations = requireNonNull(invitations, "invitations");
        this.passes = requireNonNull(passes, "passes");
    }

    /** The roster, for those who manage access or moderate. */
    public Roster roster(Principal actor, MediaId mediaId) {
        return support.read(() -> {
            Standing standing = access.standing(actor, mediaId);
            if (!seesRoster(standing)) {
                throw new AccessRefused(ErrorCode.NOT_PERMITTED, "Only those who manage access or moderate see the participants.");
            }
            Media media = standing.media();
            return Roster.of(media, participants.listForMedia(media.tenant(), media.id()));
        });
    }

    /** Whether someone standing so sees who is on the media item: those who manage access or moderate. */
    public static boolean seesRoster(Standing standing) {
        return standing.may(Capability.MANAGE_ACCESS) || standing.may(Capability.MODERATE);
    }

    /** Lets a guest in from the lobby: their pass becomes valid at once. */
    public Participant admit(Principal actor, MediaId mediaId, ParticipantId id) {
        return decide(actor, mediaId, id, true);
    }

    /** Turns a guest away from the lobby: their pass ends and they cannot rejoin through the same link. */
    public Participant deny(Principal actor, MediaId mediaId, ParticipantId id) {
        return decide(actor, mediaId, id, false);
    }

    /**
     * Removes a guest or a member: their passes end at once, a removed guest cannot rejoin through the same link, and
     * a removed member's invitation is revoked. Removing twice changes nothing.
     */
    public Participant remove(Principal actor, MediaId mediaId, ParticipantId id) {
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Participant participant = participantOf(standing.media(), id);
            if (participant.status() == ParticipantStatus.REMOVED) {
                return participant;
            }
            if (participant.kind() == ParticipantKind.MEMBER) {
                support.policy().grantRefusal(standing.media().kind(), standing.role(), participant.role()).ifPresent(refusal -> {
                    throw refusal;
                });
            }
            Participant removed = participant.withStatus(ParticipantStatus.REMOVED);
            participants.update(removed);
            passes.end(participant.tenant(), PassScope.participant(participant.id()));
            participant.invitation()
                    .flatMap(invitation -> invitations.find(participant.tenant(), invitation))
                    .filter(invitation -> invitation.status() == InvitationStatus.ACCEPTED)
                    .ifPresent(invitation -> invitations.updateAll(List.of(invitation.revoked())));
            record(standing, AuditAction.PARTICIPANT_REMOVED, participant);
            return removed;
        });
    }

    private Participant decide(Principal actor, MediaId mediaId, ParticipantId id, boolean admit) {
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MODERATE);
            Participant participant = participantOf(standing.media(), id);
            if (participant.status() != ParticipantStatus.WAITING) {
                throw new AccessRefused(ErrorCode.PARTICIPANT_NOT_WAITING,
                        "This participant is not waiting in the lobby (" + participant.status() + ").");
            }
            Participant decided = participant.withStatus(admit ? ParticipantStatus.ADMITTED : ParticipantStatus.DENIED);
            participants.update(decided);
            if (admit) {
                passes.activate(participant.tenant(), participant.id());
            } else {
                passes.end(participant.tenant(), PassScope.participant(participant.id()));
            }
            record(standing, admit ? AuditAction.LOBBY_ADMITTED : AuditAction.LOBBY_DENIED, participant);
            return decided;
        });
    }

    private Participant participantOf(Media media, ParticipantId id) {
        return participants.find(media.tenant(), id)
                .filter(participant -> participant.media().equals(media.id()))
                .orElseThrow(() -> new AccessRefused(ErrorCode.PARTICIPANT_NOT_FOUND, "This media has no such participant."));
    }

    private void record(Standing standing, AuditAction action, Participant participant) {
        AuditEvent event = AuditEvent.of(participant.tenant(), participant.media(), support.now(), action, standing.actor())
                .withSubject(participant.email().value()).withParticipant(participant.id());
        support.record(participant.link().map(event::withLink).orElse(event));
    }
}
