package dev.mediaaccess.core.participant.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
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
import dev.mediaaccess.core.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inbound port: who is on a media item, the lobby of live kinds, and removing anyone. */
public final class ParticipantRoster {
    private final AccessChecks access;
    private final Participants participants;
    private final Invitations invitations;
    private final Passes passes;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final AccessPolicy policy;
    private final Clock clock;

    public ParticipantRoster(
            AccessChecks access, Participants participants, Invitations invitations, Passes passes, AuditLog auditLog,
            Transactions transactions, AccessPolicy policy, Clock clock) {
        this.access = requireNonNull(access, "access");
        this.participants = requireNonNull(participants, "participants");
        this.invitations = requireNonNull(invitations, "invitations");
        this.passes = requireNonNull(passes, "passes");
        this.auditLog = requireNonNull(auditLog, "auditLog");
        this.transactions = requireNonNull(transactions, "transactions");
        this.policy = requireNonNull(policy, "policy");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The roster, for those who manage access or moderate. */
    public Roster roster(Principal actor, MediaId mediaId) {
        return transactions.read(() -> {
            Standing standing = access.standing(actor, mediaId);
            if (!standing.may(Capability.MANAGE_ACCESS) && !standing.may(Capability.MODERATE)) {
                throw new AccessRefused(ErrorCode.NOT_PERMITTED, "Only those who manage access or moderate see the participants.");
            }
            Media media = standing.media();
            List<Participant> all = participants.listForMedia(media.tenant(), media.id());
            return new Roster(media,
                    select(all, ParticipantKind.MEMBER, ParticipantStatus.ADMITTED),
                    select(all, ParticipantKind.GUEST, ParticipantStatus.ADMITTED),
                    all.stream().filter(p -> p.status() == ParticipantStatus.WAITING).toList(),
                    all.stream().filter(p -> p.status() == ParticipantStatus.REMOVED || p.status() == ParticipantStatus.DENIED).toList());
        });
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
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Participant participant = participantOf(standing.media(), id);
            if (participant.status() == ParticipantStatus.REMOVED) {
                return participant;
            }
            if (participant.kind() == ParticipantKind.MEMBER
                    && !policy.mayGrant(standing.media().kind(), standing.role(), participant.role())) {
                throw new AccessRefused(ErrorCode.ROLE_GRANT_NOT_PERMITTED,
                        "As " + standing.role() + " you may not remove a " + participant.role() + ".");
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
        return transactions.write(() -> {
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
        Instant now = clock.instant();
        AuditEvent event = AuditEvent.of(participant.tenant(), participant.media(), now, action, standing.actor())
                .withSubject(participant.email().value()).withParticipant(participant.id());
        Optional<AuditEvent> withLink = participant.link().map(event::withLink);
        auditLog.record(withLink.orElse(event));
    }

    private static List<Participant> select(List<Participant> all, ParticipantKind kind, ParticipantStatus status) {
        return all.stream().filter(p -> p.kind() == kind && p.status() == status).toList();
    }
}
