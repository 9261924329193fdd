package dev.mediaaccess.core.invitation.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.internal.PassIssuer;
import dev.mediaaccess.core.internal.Retry;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.IssuedPass;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.Tokens;
import java.time.Instant;
import java.util.Optional;

/**
 * Inbound port for whoever holds an invitation link: see what it is for, ask for a one-time code, and accept with
 * proof of the invited email. Unknown, revoked and superseded links are refused alike with {@code invitation-not-found}.
 */
public final class InvitationAcceptance {
    private final UseCaseSupport support;
    private final MediaCatalog catalog;
    private final Invitations invitations;
    private final CodeCheck codeCheck;
    private final Participants participants;
    private final Passes passes;
    private final PassIssuer passIssuer;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public InvitationAcceptance(
            UseCaseSupport support, MediaCatalog catalog, Invitations invitations, OneTimeCodes codes,
            Participants participants, Passes passes, PassIssuer passIssuer) {
        this.support = requireNonNull(support, "support");
        this.catalog = requireNonNull(catalog, "catalog");
        this.invitations = requireNonNull(invitations, "invitations");
        this.codeCheck = new CodeCheck(support, requireNonNull(codes, "codes"));
        this.participants = requireNonNull(participants, "participants");
        this.passes = requireNonNull(passes, "passes");
        this.passIssuer = requireNonNull(passIssuer, "passIssuer");
    }

    /** What the invitation page shows for a link; expired and accepted invitations are shown with that status. */
    public InvitationPreview preview(String token) {
        return support.read(() -> {
            Invitation invitation = byToken(token);
            Media media = mediaOf(invitation);
            return new InvitationPreview(media.title(), media.kind(), invitation.role(), invitation.invitedBy().value(),
                    invitation.email().masked(), invitation.statusAt(support.now()), invitation.expiresAt(),
                    invitation.message());
        });
    }

    /** Sends a one-time code to the invited email; a new code replaces any earlier one. */
    public CodeSent sendCode(String token) {
        CodeCheck.Issued issued = support.write(() -> {
            Invitation invitation = byToken(token).requireAcceptableAt(support.now());
            return codeCheck.issue(invitation, mediaOf(invitation));
        });
        support.notify(issued.notice());
        return issued.sent();
    }

    /**
     * Accepts an invitation with proof of the invited email: a signed-in user whose verified email is the invited one,
     * or the one-time code sent to it. Anyone else is refused ({@code invitation-email-mismatch}, {@code code-invalid},
     * ...) and the invitation stays pending; a wrong code is counted against the code's attempts all the same. An
     * invitation is accepted at most once. Acceptance makes the invitee a member with the invited role; with a code it
     * also issues a pass. One write transaction, retried whole if it loses a race.
     */
    public Acceptance accept(String token, Proof proof) {
        requireNonNull(proof, "proof");
        Outcome outcome = Retry.onConflict(() -> support.write(() -> {
            Invitation invitation = byToken(token).requireAcceptableAt(support.now());
            Optional<AccessRefused> refused = proof instanceof Proof.Code code
                    ? codeCheck.attempt(invitation, code.code())
                    : signedInRefusal(invitation, ((Proof.SignedIn) proof).user());
            return refused.<Outcome>map(Outcome.Refused::new).orElseGet(() -> new Outcome.Accepted(acceptNow(invitation, proof)));
        }));
        if (outcome instanceof Outcome.Refused refused) {
            throw refused.refusal();
        }
        return ((Outcome.Accepted) outcome).acceptance();
    }

    /** Refuses a signed-in user whose verified email is not the invited one; audited in the same transaction. */
    private Optional<AccessRefused> signedInRefusal(Invitation invitation, Principal.User user) {
        if (!user.tenant().equals(invitation.tenant())) {
            throw Invitation.notFound();
        }
        if (user.verifiedEmail().equals(Optional.of(invitation.email()))) {
            return Optional.empty();
        }
        AccessRefused refusal = new AccessRefused(ErrorCode.INVITATION_EMAIL_MISMATCH,
                "This invitation was sent to " + invitation.email().masked() + ", which is not your verified email.");
        support.record(AcceptanceEvents.refused(invitation, AuditActor.user(user.id()), support.now()).withReason(refusal.code().code()));
        return Optional.of(refusal);
    }

    private Acceptance acceptNow(Invitation invitation, Proof proof) {
        Instant now = support.now();
        Media media = mediaOf(invitation);
        Optional<UserId> user = proof instanceof Proof.SignedIn signedIn ? Optional.of(signedIn.user().id()) : Optional.empty();
        DisplayName name = proof instanceof Proof.SignedIn signedIn
                ? signedIn.user().name()
                : Names.forInvitee(((Proof.Code) proof).name(), invitation.email());
        Optional<Participant> existing = participants.findMember(invitation.tenant(), invitation.media(), invitation.email());
        ParticipantId memberId = existing.map(Participant::id).orElseGet(() -> new ParticipantId(support.tokens().newId()));
        if (!invitations.markAccepted(invitation.tenant(), invitation.id(), now, memberId)) {
            throw Invitation.alreadyAccepted();
        }
        Participant member = existing
                .map(known -> known.rejoined(invitation.id(), invitation.role(), user, now))
                .orElseGet(() -> Participant.member(memberId, invitation.tenant(), invitation.media(), invitation.id(), name,
                        invitation.email(), invitation.role(), user, now));
        if (existing.isPresent()) {
            participants.update(member);
            passes.changeRole(member.tenant(), member.id(), invitation.role());
        } else {
            participants.add(member);
        }
        codeCheck.discard(invitation);
        Optional<IssuedPass> pass = user.isEmpty() ? Optional.of(passIssuer.forMember(media, member, now)) : Optional.empty();
        AuditActor actor = user.map(AuditActor::user).orElseGet(() -> AuditActor.invitee(invitation.email()));
        support.record(AcceptanceEvents.of(invitation, AuditAction.INVITATION_ACCEPTED, actor, now).withParticipant(member.id()));
        return new Acceptance(media, invitation.accepted(now, member.id()), member, pass);
    }

    private Invitation byToken(String token) {
        if (!Tokens.looksLikeToken(token)) {
            throw Invitation.notFound();
        }
        return invitations.findByTokenDigest(support.tokens().digest(token))
                .filter(invitation -> invitation.status() != InvitationStatus.REVOKED)
                .orElseThrow(Invitation::notFound);
    }

    private Media mediaOf(Invitation invitation) {
        return catalog.find(invitation.tenant(), invitation.media()).orElseThrow(Invitation::notFound);
    }

    /** An acceptance, or a refusal whose audit event (and counted attempt) commits before it is thrown. */
    private sealed interface Outcome {
        record Accepted(Acceptance acceptance) implements Outcome {}

        record Refused(AccessRefused refusal) implements Outcome {}
    }
}
