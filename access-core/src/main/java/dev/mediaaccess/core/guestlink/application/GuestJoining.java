package dev.mediaaccess.core.guestlink.application;

import static dev.mediaaccess.core.internal.AuditedTransactions.refuse;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.guestlink.model.JoinRefusal;
import dev.mediaaccess.core.internal.PassIssuer;
import dev.mediaaccess.core.internal.Retry;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.IssuedPass;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.Tokens;
import java.time.Instant;
import java.util.Optional;

/**
 * Inbound port for whoever holds a guest link: see where it leads, and join with a name and an email, no account
 * needed. Unknown, rotated-away and revoked tokens are refused alike with {@code guest-link-not-found}.
 */
public final class GuestJoining {
    private final UseCaseSupport support;
    private final MediaCatalog catalog;
    private final GuestLinks links;
    private final Participants participants;
    private final PassIssuer passIssuer;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public GuestJoining(
            UseCaseSupport support, MediaCatalog catalog, GuestLinks links, Participants participants, PassIssuer passIssuer) {
        this.support = requireNonNull(support, "support");
        this.catalog = requireNonNull(catalog, "catalog");
        this.links = requireNonNull(links, "links");
        this.participants = requireNonNull(participants, "participants");
        this.passIssuer = requireNonNull(passIssuer, "passIssuer");
    }

    /** What the join page shows for a link, before anyone joins; expired and exhausted links are shown with that state. */
    public GuestLinkPreview preview(String token) {
        TokenDigest digest = digestOf(token);
        return support.read(() -> {
            GuestLink link = links.findByTokenDigest(digest).filter(found -> !found.revoked()).orElseThrow(GuestLink::notFound);
            Media media = catalog.find(link.tenant(), link.media()).orElseThrow(GuestLink::notFound);
            return new GuestLinkPreview(media.title(), media.kind(), link.stateAt(support.now()), media.guestAccessEnabled(),
                    link.admissionFor(media.kind()), link.settings().allowedDomains());
        });
    }

    /**
     * Joins through a guest link with a display name and an email. A first join uses one of the link's joins; the same
     * email joining again through the same link gets a new pass without using another.
     */
    public GuestJoin join(String token, String name, String email) {
        Validation validation = new Validation();
        DisplayName displayName = validation.field("name", () -> DisplayName.parse(name));
        EmailAddress address = validation.field("email", () -> EmailAddress.parse(email));
        validation.throwIfInvalid();
        TokenDigest digest = digestOf(token);
        return Retry.onConflict(() -> support.auditedWrite(() -> joinWith(digest, displayName, address)));
    }

    private GuestJoin joinWith(TokenDigest digest, DisplayName name, EmailAddress email) {
        GuestLink link = links.findByTokenDigest(digest).orElseThrow(GuestLink::notFound);
        Media media = catalog.find(link.tenant(), link.media()).orElseThrow(GuestLink::notFound);
        Instant now = support.now();
        AuditEvent refused = event(link, AuditAction.GUEST_JOIN_REFUSED, email, now);
        refuseIf(link.joinRefusal(media, email, now), refused);
        Optional<Participant> known = participants.findGuest(link.tenant(), link.id(), email);
        if (known.isPresent()) {
            return rejoin(media, link, known.get(), now, refused);
        }
        refuseIf(link.newGuestRefusal(), refused);
        boolean waits = link.admissionFor(media.kind()) == Admission.MODERATOR_APPROVAL;
        Participant guest = Participant.guest(new ParticipantId(support.tokens().newId()), link.tenant(), media.id(), link.id(),
                name, email, waits, now);
        participants.add(guest);
        IssuedPass pass = passIssuer.forGuest(media, link, guest, now);
        support.record(event(link, waits ? AuditAction.GUEST_WAITING : AuditAction.GUEST_JOINED, email, now)
                .withParticipant(guest.id()));
        // The join is counted last: the conditional write locks the link's row until commit, so every other join
        // through this link waits for as short a time as possible. A refusal here rolls back all of the above.
        if (!links.tryConsumeJoin(link.tenant(), link.id())) {
            refuseIf(Optional.of(GuestLink.exhaustedRefusal()), refused);
        }
        return new GuestJoin(media, guest, pass);
    }

    private GuestJoin rejoin(Media media, GuestLink link, Participant guest, Instant now, AuditEvent refused) {
        Optional<JoinRefusal> refusal = guest.rejoinRefusal().map(told -> new JoinRefusal(told, told.code()));
        refuseIf(refusal, refused.withParticipant(guest.id()));
        IssuedPass pass = passIssuer.forGuest(media, link, guest, now);
        support.record(event(link, AuditAction.GUEST_REJOINED, guest.email(), now).withParticipant(guest.id()));
        return new GuestJoin(media, guest, pass);
    }

    private static void refuseIf(Optional<JoinRefusal> refusal, AuditEvent event) {
        if (refusal.isPresent()) {
            throw refuse(refusal.get().told(), event, refusal.get().audited().code());
        }
    }

    private TokenDigest digestOf(String token) {
        if (!Tokens.looksLikeToken(token)) {
            throw GuestLink.notFound();
        }
        return support.tokens().digest(token);
    }

    private static AuditEvent event(GuestLink link, AuditAction action, EmailAddress email, Instant at) {
        return AuditEvent.of(link.tenant(), link.media(), at, action, AuditActor.guest(email))
                .withSubject(email.value()).withLink(link.id());
    }
}
