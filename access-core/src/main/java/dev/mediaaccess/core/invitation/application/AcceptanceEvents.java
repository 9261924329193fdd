package dev.mediaaccess.core.invitation.application;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.invitation.model.Invitation;
import java.time.Instant;

/** The audit events of an invitee's side: what they did with the invitation, about the invited email. */
final class AcceptanceEvents {
    private AcceptanceEvents() {}

    static AuditEvent of(Invitation invitation, AuditAction action, AuditActor actor, Instant at) {
        return AuditEvent.of(invitation.tenant(), invitation.media(), at, action, actor)
                .withSubject(invitation.email().value()).withInvitation(invitation.id());
    }

    /** An acceptance refused; the caller adds the reason. */
    static AuditEvent refused(Invitation invitation, AuditActor actor, Instant at) {
        return of(invitation, AuditAction.INVITATION_ACCEPT_REFUSED, actor, at);
    }
}
