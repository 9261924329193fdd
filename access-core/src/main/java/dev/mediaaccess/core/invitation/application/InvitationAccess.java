package dev.mediaaccess.core.invitation.application;

import static dev.mediaaccess.core.audit.application.AuditedTransactions.refuse;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.application.AuditedTransactions;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.common.Text;
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.notification.Notifier;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.IssuedPass;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassId;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.core.storage.Retry;
import dev.mediaaccess.core.storage.Transactions;
import dev.mediaaccess.core.tenant.TenantSettings;
import dev.mediaaccess.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inbound port for controlled access: invite specific people by email, each with a role, and let only the owner of
 * each email accept. The inviter always knows exactly who is invited and where each invitation stands.
 */
public final class InvitationAccess {
    private final AccessChecks access;
    private final MediaCatalog catalog;
    private final Invitations invitations;
    private final OneTimeCodes codes;
    private final Participants participants;
    private final Passes passes;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final AuditedTransactions audited;
    private final Notifier notifier;
    private final AccessPolicy policy;
    private final Tenants tenants;
    private final Tokens tokens;
    private final PublicUrls urls;
    private final Clock clock;

    public InvitationAccess(
            AccessChecks access, MediaCatalog catalog, Invitations invitations, OneTimeCodes codes, Participants participants,
            Passes passes, AuditLog auditLog, Transactions transactions, Notifier notifier, AccessPolicy policy,
            Tenants tenants, Tokens tokens, PublicUrls urls, Clock clock) {
        this.access = requireNonNull(access, "access");
        this.catalog = requireNonNull(catalog, "catalog");
        this.invitations = requireNonNull(invitations, "invitations");
        this.codes = requireNonNull(codes, "codes");
        this.participants = requireNonNull(participants, "participants");
        this.passes = requireNonNull(passes, "passes");
        this.auditLog = requireNonNull(auditLog, "auditLog");
        this.transactions = requireNonNull(transactions, "transactions");
        this.audited = new AuditedTransactions(transactions, auditLog);
        this.notifier = requireNonNull(notifier, "notifier");
        this.policy = requireNonNull(policy, "policy");
        this.tenants = requireNonNull(tenants, "tenants");
        this.tokens = requireNonNull(tokens, "tokens");
        this.urls = requireNonNull(urls, "urls");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Invites many people in one call, each with their own role. All or nothing: if any row is invalid nothing is
     * created and every invalid row is reported (field {@code invitees[i].email} / {@code invitees[i].role}). An email
     * that already has a pending invitation to this media gets that invitation updated and sent again, not a second one.
     * Each invitee is emailed a link only they can use. Returns the invitations in request order.
     */
    public List<Invitation> invite(Principal actor, MediaId mediaId, InvitationRequest request) {
        requireNonNull(request, "request");
        List<Notification> outbox = new ArrayList<>();
        List<Invitation> result = Retry.onConflict(() -> transactions.write(() -> {
            outbox.clear();
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Media media = standing.media();
            Instant now = clock.instant();
            TenantSettings settings = tenants.settings(media.tenant());
            Validated valid = validate(request, standing, settings, now);
            DisplayName inviter = nameOf(actor, standing);

            Map<EmailAddress, Invitation> pending = invitations
                    .findPending(media.tenant(), media.id(), valid.rows.keySet()).stream()
                    .collect(Collectors.toMap(Invitation::email, Function.identity(), (a, b) -> a));
            List<Invitation> inserts = new ArrayList<>();
            List<Invitation> updates = new ArrayList<>();
            List<Invitation> all = new ArrayList<>(valid.rows.size());
            List<AuditEvent> events = new ArrayList<>(valid.rows.size());
            valid.rows.forEach((email, role) -> {
                String token = tokens.mint();
                TokenDigest digest = tokens.digest(token);
                Invitation existing = pending.get(email);
                Invitation invitation = existing != null
                        ? existing.reissued(role, valid.message, inviter, digest, valid.expiresAt)
                        : Invitation.create(new InvitationId(tokens.newId()), media.tenant(), media.id(), email, role,
                                valid.message, inviter, digest, now, valid.expiresAt);
                (existing != null ? updates : inserts).add(invitation);
                all.add(invitation);
                events.add(AuditEvent.of(media.tenant(), media.id(), now,
                                existing != null ? AuditAction.INVITATION_RESENT : AuditAction.INVITATION_SENT, standing.actor())
                        .withSubject(email.value()).withInvitation(invitation.id()).withReason(role.name()));
                outbox.add(notice(invitation, media, token));
            });
            invitations.addAll(inserts);
            invitations.updateAll(updates);
            auditLog.recordAll(events);
            return all;
        }));
        outbox.forEach(notifier::send);
        return result;
    }

    /** Every invitation to the media item, oldest first, with its status now. */
    public List<InvitationView> list(Principal actor, MediaId mediaId) {
        return transactions.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            Instant now = clock.instant();
            return invitations.listForMedia(media.tenant(), media.id()).stream()
                    .map(invitation -> new InvitationView(invitation, invitation.statusAt(now)))
                    .toList();
        });
    }

    /** Changes the role of a pending or accepted invitation; an accepted invitee's role changes at once. */
    public InvitationView changeRole(Principal actor, MediaId mediaId, InvitationId id, Role role) {
        requireNonNull(role, "role");
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Instant now = clock.instant();
            Invitation invitation = invitationOf(standing.media(), id);
            InvitationStatus status = invitation.statusAt(now);
            if (status != InvitationStatus.PENDING && status != InvitationStatus.ACCEPTED) {
                throw closed(status);
            }
            requireGrantable(standing, role);
            requireGrantable(standing, invitation.role());
            Invitation changed = invitation.withRole(role);
            invitations.updateAll(List.of(changed));
            invitation.member().flatMap(member -> participants.find(invitation.tenant(), member))
                    .filter(member -> status == InvitationStatus.ACCEPTED && member.status() != ParticipantStatus.REMOVED)
                    .ifPresent(member -> {
                        participants.update(member.withRole(role));
                        passes.changeRole(member.tenant(), member.id(), role);
                    });
            auditLog.record(AuditEvent.of(invitation.tenant(), invitation.media(), now, AuditAction.INVITATION_ROLE_CHANGED,
                    standing.actor()).withSubject(invitation.email().value()).withInvitation(id).withReason(role.name()));
            return new InvitationView(changed, status);
        });
    }

    /**
     * Sends a pending (or expired, never accepted) invitation again with a new link and a fresh expiry; the old link
     * stops working at once.
     */
    public InvitationView resend(Principal actor, MediaId mediaId, InvitationId id) {
        return sendAfterCommit(transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Instant now = clock.instant();
            Invitation invitation = invitationOf(standing.media(), id);
            if (invitation.status() != InvitationStatus.PENDING) {
                throw closed(invitation.status());
            }
            String token = tokens.mint();
            Instant expiry = now.plus(tenants.settings(invitation.tenant()).invitationDefaultTtl());
            Invitation resent = invitation.reissued(invitation.role(), invitation.message(), nameOf(actor, standing),
                    tokens.digest(token), expiry);
            invitations.updateAll(List.of(resent));
            codes.remove(invitation.tenant(), id);
            auditLog.record(AuditEvent.of(invitation.tenant(), invitation.media(), now, AuditAction.INVITATION_RESENT,
                    standing.actor()).withSubject(invitation.email().value()).withInvitation(id));
            return new WithNotice<>(new InvitationView(resent, resent.statusAt(now)), notice(resent, standing.media(), token));
        }));
    }

    /**
     * Revokes an invitation. A pending one can no longer be accepted; an accepted one also removes the member and ends
     * their passes at once. Revoking twice changes nothing.
     */
    public InvitationView revoke(Principal actor, MediaId mediaId, InvitationId id) {
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Instant now = clock.instant();
            Invitation invitation = invitationOf(standing.media(), id);
            if (invitation.status() == InvitationStatus.REVOKED) {
                return new InvitationView(invitation, InvitationStatus.REVOKED);
            }
            requireGrantable(standing, invitation.role());
            Invitation revoked = invitation.revoked();
            invitations.updateAll(List.of(revoked));
            codes.remove(invitation.tenant(), id);
            invitation.member().flatMap(member -> participants.find(invitation.tenant(), member))
                    .filter(member -> member.invitation().equals(Optional.of(id)) && member.status() == ParticipantStatus.ADMITTED)
                    .ifPresent(member -> {
                        participants.update(member.withStatus(ParticipantStatus.REMOVED));
                        passes.end(member.tenant(), PassScope.participant(member.id()));
                    });
            auditLog.record(AuditEvent.of(invitation.tenant(), invitation.media(), now, AuditAction.INVITATION_REVOKED,
                    standing.actor()).withSubject(invitation.email().value()).withInvitation(id));
            return new InvitationView(revoked, InvitationStatus.REVOKED);
        });
    }

    /**
     * What the invitation page shows for a link. Unknown, revoked and superseded links are refused alike with
     * {@code invitation-not-found}; expired and accepted ones are shown with that status.
     */
    public InvitationPreview preview(String token) {
        return transactions.read(() -> {
            Invitation invitation = byToken(token);
            Media media = mediaOf(invitation);
            return new InvitationPreview(media.title(), media.kind(), invitation.role(), invitation.invitedBy().value(),
                    invitation.email().masked(), invitation.statusAt(clock.instant()), invitation.expiresAt(),
                    invitation.message());
        });
    }

    /** Sends a one-time code to the invited email; a new code replaces any earlier one. */
    public CodeSent sendCode(String token) {
        return sendAfterCommit(transactions.write(() -> {
            Invitation invitation = byToken(token);
            Instant now = clock.instant();
            requireAcceptable(invitation, now);
            Media media = mediaOf(invitation);
            String code = tokens.newCode();
            Instant expiry = now.plus(tenants.settings(invitation.tenant()).codeTtl());
            codes.put(OneTimeCode.issued(invitation.tenant(), invitation.id(), tokens.codeDigest(invitation.id().value(), code), expiry));
            auditLog.record(AuditEvent.of(invitation.tenant(), invitation.media(), now, AuditAction.INVITATION_CODE_SENT,
                    "invitee:" + invitation.email().value()).withSubject(invitation.email().value()).withInvitation(invitation.id()));
            return new WithNotice<>(new CodeSent(invitation.email().masked(), expiry),
                    new Notification.OneTimeCodeNotice(invitation.email(), media.title(), code, expiry));
        }));
    }

    /**
     * Accepts an invitation with proof of the invited email: a signed-in user whose verified email is the invited one,
     * or the one-time code sent to it. Anyone else is refused ({@code invitation-email-mismatch}, {@code code-invalid},
     * ...) and the invitation stays pending. An invitation is accepted at most once. Acceptance makes the invitee a
     * member with the invited role; with a code it also issues a pass.
     */
    public Acceptance accept(String token, Proof proof) {
        requireNonNull(proof, "proof");
        if (proof instanceof Proof.Code code) {
            verifyCode(token, code);
        }
        return Retry.onConflict(() -> audited.write(() -> {
            Invitation invitation = byToken(token);
            Instant now = clock.instant();
            requireAcceptable(invitation, now);
            Media media = mediaOf(invitation);
            Optional<dev.mediaaccess.core.common.UserId> user = Optional.empty();
            DisplayName name;
            if (proof instanceof Proof.SignedIn signedIn) {
                Principal.User who = signedIn.user();
                if (!who.tenant().equals(invitation.tenant())) {
                    throw invitationNotFound();
                }
                if (!who.verifiedEmail().equals(Optional.of(invitation.email()))) {
                    throw refuse(ErrorCode.INVITATION_EMAIL_MISMATCH,
                            "This invitation was sent to " + invitation.email().masked() + ", which is not your verified email.",
                            refusedEvent(invitation, now, "user:" + who.id().value()));
                }
                user = Optional.of(who.id());
                name = who.name();
            } else {
                name = nameFor((Proof.Code) proof, invitation.email());
            }
            Optional<Participant> existing = participants.findMember(invitation.tenant(), invitation.media(), invitation.email());
            ParticipantId memberId = existing.map(Participant::id).orElseGet(() -> new ParticipantId(tokens.newId()));
            if (!invitations.markAccepted(invitation.tenant(), invitation.id(), now, memberId)) {
                throw new AccessRefused(ErrorCode.INVITATION_ALREADY_ACCEPTED, "This invitation has already been accepted.");
            }
            Participant member;
            if (existing.isPresent()) {
                member = existing.get().rejoined(invitation.id(), invitation.role(), user, now);
                participants.update(member);
                passes.changeRole(member.tenant(), member.id(), invitation.role());
            } else {
                member = Participant.member(memberId, invitation.tenant(), invitation.media(), invitation.id(), name,
                        invitation.email(), invitation.role(), user, now);
                participants.add(member);
            }
            codes.remove(invitation.tenant(), invitation.id());
            Optional<IssuedPass> pass = proof instanceof Proof.Code ? Optional.of(issuePass(media, member, now)) : Optional.empty();
            auditLog.record(AuditEvent.of(invitation.tenant(), invitation.media(), now, AuditAction.INVITATION_ACCEPTED,
                            user.map(u -> "user:" + u.value()).orElse("invitee:" + invitation.email().value()))
                    .withSubject(invitation.email().value()).withInvitation(invitation.id()).withParticipant(member.id()));
            return new Acceptance(media, invitation.accepted(now, member.id()), member, pass);
        }));
    }

    /** Counts the attempt in a transaction of its own (so a wrong guess is never rolled back), then compares. */
    private void verifyCode(String token, Proof.Code proof) {
        Invitation invitation = transactions.read(() -> byToken(token));
        Instant now = clock.instant();
        requireAcceptable(invitation, now);
        String typed = proof.code().strip();
        if (!typed.matches("[0-9]{6}")) {
            throw new AccessRefused(ErrorCode.CODE_INVALID, "The code is six digits, as sent to your email.");
        }
        int maxAttempts = tenants.settings(invitation.tenant()).codeMaxAttempts();
        audited.write(() -> {
            OneTimeCode code = codes.find(invitation.tenant(), invitation.id()).orElseThrow(() -> new AccessRefused(
                    ErrorCode.CODE_INVALID, "No code was sent for this invitation yet; ask for one first."));
            AuditEvent refused = refusedEvent(invitation, now, "invitee:" + invitation.email().value());
            if (code.isExpiredAt(now)) {
                throw refuse(ErrorCode.CODE_EXPIRED, "This code has expired; ask for a new one.", refused);
            }
            if (!codes.tryAttempt(invitation.tenant(), invitation.id(), maxAttempts)) {
                throw refuse(ErrorCode.CODE_ATTEMPTS_EXHAUSTED, "Too many wrong codes; ask for a new one.", refused);
            }
            return null;
        });
        OneTimeCode code = transactions.read(() -> codes.find(invitation.tenant(), invitation.id())).orElseThrow(
                () -> new AccessRefused(ErrorCode.CODE_INVALID, "No code was sent for this invitation yet; ask for one first."));
        if (!Tokens.same(code.codeDigest(), tokens.codeDigest(invitation.id().value(), typed))) {
            transactions.write(() -> {
                auditLog.record(refusedEvent(invitation, now, "invitee:" + invitation.email().value())
                        .withReason(ErrorCode.CODE_INVALID.code()));
                return null;
            });
            throw new AccessRefused(ErrorCode.CODE_INVALID, "That code is not right; check the latest email and try again.");
        }
    }

    private Validated validate(InvitationRequest request, Standing standing, TenantSettings settings, Instant now) {
        Validation v = new Validation();
        List<Invitee> rows = request.invitees();
        if (rows.isEmpty()) {
            v.reject("invitees", "required", "invite at least one person");
        } else if (rows.size() > InvitationRequest.MAX_INVITEES) {
            v.reject("invitees", "too-many", "at most " + InvitationRequest.MAX_INVITEES + " people per request");
        }
        Optional<String> message = request.message().filter(text -> !text.isBlank())
                .map(text -> v.field("message", () -> Text.clean(text, 1, Invitation.MAX_MESSAGE_LENGTH, true)));
        Instant expiry = request.expiresAt().orElse(now.plus(settings.invitationDefaultTtl()));
        if (!expiry.isAfter(now)) {
            v.reject("expiresAt", "not-in-future", "must be in the future");
        } else if (expiry.isAfter(now.plus(settings.invitationMaxTtl()))) {
            v.reject("expiresAt", "beyond-ceiling", "must be within " + settings.invitationMaxTtl().toDays() + " days");
        }
        Map<EmailAddress, Role> valid = new LinkedHashMap<>();
        Set<EmailAddress> seen = new HashSet<>();
        if (rows.size() <= InvitationRequest.MAX_INVITEES) {
            for (int i = 0; i < rows.size(); i++) {
                Invitee row = rows.get(i);
                String at = "invitees[" + i + "]";
                EmailAddress email = row == null ? null : v.field(at + ".email", () -> EmailAddress.parse(row.email()));
                Role role = row == null ? null : row.role();
                boolean roleOk = checkRole(v, at + ".role", standing, role);
                if (email != null && !seen.add(email)) {
                    v.reject(at + ".email", "duplicate", "this email appears more than once in the request");
                } else if (email != null && roleOk) {
                    valid.put(email, role);
                }
            }
        }
        v.throwIfInvalid();
        return new Validated(valid, message, expiry);
    }

    private boolean checkRole(Validation v, String field, Standing standing, Role role) {
        if (role == null) {
            v.reject(field, "required", "choose a role");
            return false;
        }
        if (!policy.invitableRoles(standing.media().kind()).contains(role)) {
            v.reject(field, ErrorCode.ROLE_NOT_ALLOWED_FOR_KIND.code(),
                    role + " is not a role for " + standing.media().kind() + "; choose one of "
                            + policy.invitableRoles(standing.media().kind()));
            return false;
        }
        if (!policy.mayGrant(standing.media().kind(), standing.role(), role)) {
            v.reject(field, ErrorCode.ROLE_GRANT_NOT_PERMITTED.code(), "as " + standing.role() + " you may not grant " + role);
            return false;
        }
        return true;
    }

    private void requireGrantable(Standing standing, Role role) {
        if (!policy.invitableRoles(standing.media().kind()).contains(role)) {
            throw new AccessRefused(ErrorCode.ROLE_NOT_ALLOWED_FOR_KIND,
                    role + " is not a role for " + standing.media().kind() + "; choose one of "
                            + policy.invitableRoles(standing.media().kind()) + ".");
        }
        if (!policy.mayGrant(standing.media().kind(), standing.role(), role)) {
            throw new AccessRefused(ErrorCode.ROLE_GRANT_NOT_PERMITTED,
                    "As " + standing.role() + " you may not grant or change the " + role + " role.");
        }
    }

    private void requireAcceptable(Invitation invitation, Instant now) {
        switch (invitation.statusAt(now)) {
            case PENDING -> { }
            case ACCEPTED -> throw new AccessRefused(ErrorCode.INVITATION_ALREADY_ACCEPTED, "This invitation has already been accepted.");
            case EXPIRED -> throw new AccessRefused(ErrorCode.INVITATION_EXPIRED, "This invitation has expired; ask for a new one.");
            case REVOKED -> throw invitationNotFound();
        }
    }

    private Invitation byToken(String token) {
        if (!Tokens.looksLikeToken(token)) {
            throw invitationNotFound();
        }
        return invitations.findByTokenDigest(tokens.digest(token))
                .filter(invitation -> invitation.status() != InvitationStatus.REVOKED)
                .orElseThrow(InvitationAccess::invitationNotFound);
    }

    private Invitation invitationOf(Media media, InvitationId id) {
        return invitations.find(media.tenant(), id)
                .filter(invitation -> invitation.media().equals(media.id()))
                .orElseThrow(() -> new AccessRefused(ErrorCode.INVITATION_NOT_FOUND, "This media has no such invitation."));
    }

    private Media mediaOf(Invitation invitation) {
        return catalog.find(invitation.tenant(), invitation.media()).orElseThrow(InvitationAccess::invitationNotFound);
    }

    private DisplayName nameOf(Principal actor, Standing standing) {
        if (actor instanceof Principal.User user) {
            return user.name();
        }
        return standing.participant()
                .flatMap(id -> participants.find(standing.media().tenant(), id))
                .map(Participant::name)
                .orElseGet(() -> DisplayName.parse("A moderator"));
    }

    private static DisplayName nameFor(Proof.Code proof, EmailAddress email) {
        if (proof.name() != null && !proof.name().isBlank()) {
            try {
                return DisplayName.parse(proof.name());
            } catch (ValidationFailed invalid) {
                throw new ValidationFailed(invalid.errors().stream()
                        .map(e -> new dev.mediaaccess.core.common.FieldError("name", e.code(), e.message())).toList());
            }
        }
        String local = email.value().substring(0, email.value().lastIndexOf('@'));
        return DisplayName.parse(local.length() > DisplayName.MAX_LENGTH ? local.substring(0, DisplayName.MAX_LENGTH) : local);
    }

    private IssuedPass issuePass(Media media, Participant member, Instant now) {
        String token = tokens.mint();
        Pass pass = new Pass(new PassId(tokens.newId()), media.tenant(), media.id(), media.kind(), member.id(), member.role(),
                tokens.digest(token), PassState.ACTIVE, Optional.empty(), now,
                now.plus(tenants.settings(media.tenant()).memberPassTtl()));
        passes.add(pass);
        return new IssuedPass(pass, token);
    }

    private Notification notice(Invitation invitation, Media media, String token) {
        return new Notification.InvitationNotice(invitation.email(), invitation.invitedBy().value(), media.title(),
                media.kind(), invitation.role(), invitation.message(), urls.invitation(token), invitation.expiresAt());
    }

    private static AuditEvent refusedEvent(Invitation invitation, Instant now, String actor) {
        return AuditEvent.of(invitation.tenant(), invitation.media(), now, AuditAction.INVITATION_ACCEPT_REFUSED, actor)
                .withSubject(invitation.email().value()).withInvitation(invitation.id());
    }

    private static AccessRefused closed(InvitationStatus status) {
        return new AccessRefused(ErrorCode.INVITATION_CLOSED, "This invitation is " + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private static AccessRefused invitationNotFound() {
        return new AccessRefused(ErrorCode.INVITATION_NOT_FOUND, "This invitation link is not valid. It may have been replaced or revoked.");
    }

    /** Sends the notice of a committed change, then returns the change's result. */
    private <T> T sendAfterCommit(WithNotice<T> committed) {
        notifier.send(committed.notice());
        return committed.result();
    }

    private record WithNotice<T>(T result, Notification notice) {}

    private record Validated(Map<EmailAddress, Role> rows, Optional<String> message, Instant expiresAt) {}
}
