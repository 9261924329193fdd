package dev.mediaaccess.core.invitation.application;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.secret.Tokens;
import java.time.Instant;
import java.util.Optional;

/**
 * The one-time codes of invitations: issuing one, and checking a typed one. A wrong code counts against the code's
 * attempts and is audited in the caller's transaction, which commits although the acceptance is refused.
 */
final class CodeCheck {
    private static final String SIX_DIGITS = "[0-9]{6}";

    private final UseCaseSupport support;
    private final OneTimeCodes codes;

    CodeCheck(UseCaseSupport support, OneTimeCodes codes) {
        this.support = support;
        this.codes = codes;
    }

    /** A new code for the invitation, replacing any earlier one, audited; the notice is sent after the commit. */
    Issued issue(Invitation invitation, Media media) {
        Instant now = support.now();
        String code = support.tokens().newCode();
        Instant expiry = now.plus(support.settings(invitation.tenant()).codeTtl());
        codes.put(OneTimeCode.issued(invitation.tenant(), invitation.id(),
                support.tokens().codeDigest(invitation.id().value(), code), expiry));
        support.record(AcceptanceEvents.of(invitation, AuditAction.INVITATION_CODE_SENT, invitee(invitation), now));
        return new Issued(new CodeSent(invitation.email().masked(), expiry),
                new Notification.OneTimeCodeNotice(invitation.email(), media.title(), code, expiry));
    }

    /**
     * Checks a typed code; empty if it is right. A code that is not six digits is refused without counting. Otherwise
     * the attempt is counted first, then compared in constant time; every refusal from here on is audited.
     */
    Optional<AccessRefused> attempt(Invitation invitation, String typed) {
        String code = typed.strip();
        if (!code.matches(SIX_DIGITS)) {
            throw new AccessRefused(ErrorCode.CODE_INVALID, "The code is six digits, as sent to your email.");
        }
        OneTimeCode stored = codes.find(invitation.tenant(), invitation.id()).orElseThrow(() -> new AccessRefused(
                ErrorCode.CODE_INVALID, "No code was sent for this invitation yet; ask for one first."));
        Instant now = support.now();
        if (stored.isExpiredAt(now)) {
            return refused(invitation, now, ErrorCode.CODE_EXPIRED, "This code has expired; ask for a new one.");
        }
        int maxAttempts = support.settings(invitation.tenant()).codeMaxAttempts();
        if (!codes.tryAttempt(invitation.tenant(), invitation.id(), maxAttempts)) {
            return refused(invitation, now, ErrorCode.CODE_ATTEMPTS_EXHAUSTED, "Too many wrong codes; ask for a new one.");
        }
        if (!Tokens.same(stored.codeDigest(), support.tokens().codeDigest(invitation.id().value(), code))) {
            return refused(invitation, now, ErrorCode.CODE_INVALID, "That code is not right; check the latest email and try again.");
        }
        return Optional.empty();
    }

    /** Removes the invitation's code once it has served. */
    void discard(Invitation invitation) {
        codes.remove(invitation.tenant(), invitation.id());
    }

    private Optional<AccessRefused> refused(Invitation invitation, Instant now, ErrorCode code, String detail) {
        support.record(AcceptanceEvents.refused(invitation, invitee(invitation), now).withReason(code.code()));
        return Optional.of(new AccessRefused(code, detail));
    }

    private static AuditActor invitee(Invitation invitation) {
        return AuditActor.invitee(invitation.email());
    }

    /** A code stored for the invitation, and the notice that carries it to the invited email. */
    record Issued(CodeSent sent, Notification notice) {}
}
