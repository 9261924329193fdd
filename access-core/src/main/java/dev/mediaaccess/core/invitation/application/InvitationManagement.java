package dev.mediaaccess.core.invitation.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.internal.Retry;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.Passes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inbound port for the inviter: invite specific people by email, each with a role, see exactly who is invited and
 * where each stands, change a role, send again, revoke. Every call needs {@link Capability#MANAGE_ACCESS}, and roles
 * above what the caller may grant are refused by the policy's one grant rule.
 */
public final class InvitationManagement {
    private final UseCaseSupport support;
    private final AccessChecks access;
    private final Invitations invitations;
    private final OneTimeCodes codes;
    private final Participants participants;
    private final Passes passes;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public InvitationManagement(
            UseCaseSupport support, AccessChecks access, Invitations invitations, OneTimeCodes codes,
            Participants participants, Passes passes) {
        this.support = requireNonNull(support, "support");
        this.access = requireNonNull(access, "access");
        this.invitations = requireNonNull(invitations, "invitations");
        this.codes = requireNonNull(codes, "codes");
        this.participants = requireNonNull(participants, "participants");
        this.passes = requireNonNull(passes, "passes");
    }

    /**
     * Invites many people in one call, each with their own role. All or nothing: if any row is invalid nothing is
     * created and every invalid row is reported (field {@code invitees[i].email} / {@code invitees[i].role}). An email
     * that already has a pending invitation to this media gets that invitation updated and sent again, not a second one.
     * Each invitee is emailed a link only they can use. Returns the invitations in request order.
     */
    public List<InvitationView> invite(Principal actor, MediaId mediaId, InvitationRequest request) {
        requireNonNull(request, "request");
        List<Sent> sent = Retry.onConflict(() -> support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Instant now = support.now();
            ValidatedRequest valid = ValidatedRequest.of(request, standing, support.policy(),
                    support.settings(standing.media().tenant()), now);
            return send(standing, valid, inviterName(actor, standing), now);
        }));
        sent.forEach(one -> support.notify(one.notice()));
        return sent.stream().map(Sent::view).toList();
    }

    private List<Sent> send(Standing standing, ValidatedRequest valid, DisplayName inviter, Instant now) {
        Media media = standing.media();
        Map<EmailAddress, Invitation> pending = invitations.findPending(media.tenant(), media.id(), valid.rows().keySet())
                .stream().collect(Collectors.toMap(Invitation::email, Function.identity(), (a, b) -> a));
        List<Invitation> inserts = new ArrayList<>();
        List<Invitation> updates = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>(valid.rows().size());
        List<Sent> sent = new ArrayList<>(valid.rows().size());
        valid.rows().forEach((email, role) -> {
            String token = support.tokens().mint();
            Invitation existing = pending.get(email);
            Invitation invitation = existing != null
                    ? existing.reissued(role, valid.message(), inviter, support.tokens().digest(token), valid.expiresAt())
                    : Invitation.create(new InvitationId(support.tokens().newId()), media.tenant(), media.id(), email, role,
                            valid.message(), inviter, support.tokens().digest(token), now, valid.expiresAt());
            (existing != null ? updates : inserts).add(invitation);
            events.add(event(standing, existing != null ? AuditAction.INVITATION_RESENT : AuditAction.INVITATION_SENT,
                    invitation, now).withReason(role.name()));
            sent.add(new Sent(InvitationView.of(invitation, now), notice(invitation, media, token)));
        });
        invitations.addAll(inserts);
        invitations.updateAll(updates);
        support.recordAll(events);
        return sent;
    }

    /** Every invitation to the media item, oldest first, with its status now. */
    public List<InvitationView> list(Principal actor, MediaId mediaId) {
        return support.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            Instant now = support.now();
            return invitations.listForMedia(media.tenant(), media.id()).stream()
                    .map(invitation -> InvitationView.of(invitation, now))
                    .toList();
        });
    }

    /**
     * Changes the role of a pending or accepted invitation; an accepted invitee's role changes at once. The caller
     * must be allowed to grant both the old and the new role.
     */
    public InvitationView changeRole(Principal actor, MediaId mediaId, InvitationId id, Role role) {
        requireNonNull(role, "role");
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Instant now = support.now();
            Invitation invitation = invitationOf(standing.media(), id).requireOpenAt(now);
            requireGrantable(standing, role);
            requireGrantable(standing, invitation.role());
            Invitation changed = invitation.withRole(role);
            invitations.updateAll(List.of(changed));
            if (invitation.statusAt(now) == InvitationStatus.ACCEPTED) {
                currentMember(invitation, false).ifPresent(member -> {
                    participants.update(member.withRole(role));
                    passes.changeRole(member.tenant(), member.id(), role);
                });
            }
            support.record(event(standing, AuditAction.INVITATION_ROLE_CHANGED, invitation, now).withReason(role.name()));
            return InvitationView.of(changed, now);
        });
    }

    /**
     * Sends a pending (or expired, never accepted) invitation again with a new link and a fresh expiry; the old link
     * stops working at once.
     */
    public InvitationView resend(Principal actor, MediaId mediaId, InvitationId id) {
        Sent sent = support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Instant now = support.now();
            Invitation invitation = invitationOf(standing.media(), id).requireResendable();
            String token = support.tokens().mint();
            Instant expiry = now.plus(support.settings(invitation.tenant()).invitationDefaultTtl());
            Invitation resent = invitation.reissued(invitation.role(), invitation.message(), inviterName(actor, standing),
                    support.tokens().digest(token), expiry);
            invitations.updateAll(List.of(resent));
            codes.remove(invitation.tenant(), id);
            support.record(event(standing, AuditAction.INVITATION_RESENT, invitation, now));
            return new Sent(InvitationView.of(resent, now), notice(resent, standing.media(), token));
        });
        support.notify(sent.notice());
        return sent.view();
    }

    /**
     * Revokes an invitation. A pending one can no longer be accepted; an accepted one also removes the member and ends
     * their passes at once. Revoking twice changes nothing.
     */
    public InvitationView revoke(Principal actor, MediaId mediaId, InvitationId id) {
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Invitation invitation = invitationOf(standing.media(), id);
            if (invitation.status() == InvitationStatus.REVOKED) {
                return new InvitationView(invitation, InvitationStatus.REVOKED);
            }
            requireGrantable(standing, invitation.role());
            Invitation revoked = invitation.revoked();
            invitations.updateAll(List.of(revoked));
            codes.remove(invitation.tenant(), id);
            currentMember(invitation, true).ifPresent(member -> {
                participants.update(member.withStatus(ParticipantStatus.REMOVED));
                passes.end(member.tenant(), PassScope.participant(member.id()));
            });
            support.record(event(standing, AuditAction.INVITATION_REVOKED, invitation, support.now()));
            return new InvitationView(revoked, InvitationStatus.REVOKED);
        });
    }

    /** The member this invitation made, while still on the media (and, if asked, still admitted through it). */
    private Optional<Participant> currentMember(Invitation invitation, boolean throughThisInvitation) {
        return invitation.member()
                .flatMap(member -> participants.find(invitation.tenant(), member))
                .filter(member -> throughThisInvitation
                        ? member.invitation().equals(Optional.of(invitation.id())) && member.status() == ParticipantStatus.ADMITTED
                        : member.status() != ParticipantStatus.REMOVED);
    }

    private void requireGrantable(Standing standing, Role role) {
        support.policy().grantRefusal(standing.media().kind(), standing.role(), role).ifPresent(refusal -> {
            throw refusal;
        });
    }

    private Invitation invitationOf(Media media, InvitationId id) {
        return invitations.find(media.tenant(), id)
                .filter(invitation -> invitation.media().equals(media.id()))
                .orElseThrow(() -> new AccessRefused(ErrorCode.INVITATION_NOT_FOUND, "This media has no such invitation."));
    }

    /** How the invitee sees the inviter: a host user by their name, a moderator on a pass by their participant name. */
    private DisplayName inviterName(Principal actor, Standing standing) {
        if (actor instanceof Principal.User user) {
            return user.name();
        }
        return standing.participant()
                .flatMap(id -> participants.find(standing.media().tenant(), id))
                .map(Participant::name)
                .orElseGet(() -> DisplayName.parse("A moderator"));
    }

    private Notification notice(Invitation invitation, Media media, String token) {
        return new Notification.InvitationNotice(invitation.email(), invitation.invitedBy().value(), media.title(),
                media.kind(), invitation.role(), invitation.message(), support.urls().invitation(token), invitation.expiresAt());
    }

    private static AuditEvent event(Standing standing, AuditAction action, Invitation invitation, Instant at) {
        return AuditEvent.of(invitation.tenant(), invitation.media(), at, action, standing.actor())
                .withSubject(invitation.email().value()).withInvitation(invitation.id());
    }

    /** A committed invitation and the notice to send once the commit is done. */
    private record Sent(InvitationView view, Notification notice) {}
}
