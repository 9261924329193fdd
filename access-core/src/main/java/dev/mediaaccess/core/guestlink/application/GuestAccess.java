package dev.mediaaccess.core.guestlink.application;

import static dev.mediaaccess.core.audit.application.AuditedTransactions.refuse;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
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
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
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
import dev.mediaaccess.core.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inbound port for broad access: turn guest access on or off, manage a media item's guest links, and let anyone
 * holding a link join with a name and an email.
 */
public final class GuestAccess {
    private final AccessChecks access;
    private final MediaCatalog catalog;
    private final GuestLinks links;
    private final Participants participants;
    private final Passes passes;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final AuditedTransactions audited;
    private final Tenants tenants;
    private final Tokens tokens;
    private final PublicUrls urls;
    private final Clock clock;

    public GuestAccess(
            AccessChecks access, MediaCatalog catalog, GuestLinks links, Participants participants, Passes passes,
            AuditLog auditLog, Transactions transactions, Tenants tenants, Tokens tokens, PublicUrls urls, Clock clock) {
        this.access = requireNonNull(access, "access");
        this.catalog = requireNonNull(catalog, "catalog");
        this.links = requireNonNull(links, "links");
        this.participants = requireNonNull(participants, "participants");
        this.passes = requireNonNull(passes, "passes");
        this.auditLog = requireNonNull(auditLog, "auditLog");
        this.transactions = requireNonNull(transactions, "transactions");
        this.audited = new AuditedTransactions(transactions, auditLog);
        this.tenants = requireNonNull(tenants, "tenants");
        this.tokens = requireNonNull(tokens, "tokens");
        this.urls = requireNonNull(urls, "urls");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Turns guest access to the media item on or off. Turning it on gives the item a first open link if it has none;
     * turning it off ends every guest's pass at once and stops every link from admitting anyone until it is on again.
     */
    public Media setGuestAccess(Principal actor, MediaId mediaId, boolean enabled) {
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Media media = standing.media();
            if (media.guestAccessEnabled() == enabled) {
                return media;
            }
            Media updated = media.withGuestAccess(enabled);
            catalog.update(updated);
            Instant now = clock.instant();
            if (enabled && links.countActive(media.tenant(), media.id()) == 0) {
                addLink(standing, GuestLinkSettings.open(), now);
            }
            if (!enabled) {
                passes.end(media.tenant(), PassScope.guestsOf(media.id()));
            }
            auditLog.record(event(standing, enabled ? AuditAction.GUEST_ACCESS_ENABLED : AuditAction.GUEST_ACCESS_DISABLED, now));
            return updated;
        });
    }

    /** Adds a guest link, up to the tenant's ceiling of active links per media item. */
    public GuestLinkView createLink(Principal actor, MediaId mediaId, GuestLinkSettings settings) {
        requireNonNull(settings, "settings");
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Media media = standing.media();
            requireAdmissionFits(media, settings);
            int ceiling = tenants.settings(media.tenant()).maxGuestLinksPerMedia();
            if (links.countActive(media.tenant(), media.id()) >= ceiling) {
                throw new AccessRefused(ErrorCode.GUEST_LINK_LIMIT_REACHED,
                        "This media already has " + ceiling + " active guest links; revoke one first.");
            }
            return view(addLink(standing, settings, clock.instant()));
        });
    }

    /** Every guest link of the media item, revoked ones included, oldest first, each with its URL. */
    public List<GuestLinkView> links(Principal actor, MediaId mediaId) {
        return transactions.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            return links.listForMedia(media.tenant(), media.id()).stream().map(this::view).toList();
        });
    }

    public GuestLinkView link(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return transactions.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            return view(linkOf(media, linkId));
        });
    }

    /** Changes a link's settings; its URL stays the same. */
    public GuestLinkView updateLink(Principal actor, MediaId mediaId, GuestLinkId linkId, GuestLinkSettings settings) {
        requireNonNull(settings, "settings");
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            GuestLink link = requireNotRevoked(linkOf(standing.media(), linkId));
            requireAdmissionFits(standing.media(), settings);
            GuestLink updated = link.withSettings(settings);
            links.update(updated);
            auditLog.record(event(standing, AuditAction.GUEST_LINK_UPDATED, clock.instant()).withLink(linkId));
            return view(updated);
        });
    }

    /** Gives the link a new URL. The old URL stops working at once, and passes issued through it end. */
    public GuestLinkView rotate(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            GuestLink link = requireNotRevoked(linkOf(standing.media(), linkId));
            String seed = tokens.newSeed();
            GuestLink rotated = link.rotated(seed, tokens.digest(tokens.guestLinkToken(seed)));
            links.update(rotated);
            passes.end(link.tenant(), PassScope.guestLink(link.id()));
            auditLog.record(event(standing, AuditAction.GUEST_LINK_ROTATED, clock.instant()).withLink(linkId));
            return view(rotated);
        });
    }

    /** Revokes the link for good: it admits nobody again, and every pass issued through it ends at once. */
    public GuestLinkView revoke(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return transactions.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            GuestLink link = linkOf(standing.media(), linkId);
            if (link.revoked()) {
                return view(link);
            }
            Instant now = clock.instant();
            GuestLink revoked = link.revokedAt(now);
            links.update(revoked);
            passes.end(link.tenant(), PassScope.guestLink(link.id()));
            auditLog.record(event(standing, AuditAction.GUEST_LINK_REVOKED, now).withLink(linkId));
            return view(revoked);
        });
    }

    /**
     * What the join page shows for a link, before anyone joins. Unknown, rotated-away and revoked tokens are refused
     * alike with {@code guest-link-not-found}; expired and exhausted links are shown with that state.
     */
    public GuestLinkPreview preview(String token) {
        if (!Tokens.looksLikeToken(token)) {
            throw linkNotFound();
        }
        var digest = tokens.digest(token);
        return transactions.read(() -> {
            GuestLink link = links.findByTokenDigest(digest).filter(found -> !found.revoked()).orElseThrow(GuestAccess::linkNotFound);
            Media media = catalog.find(link.tenant(), link.media()).orElseThrow(GuestAccess::linkNotFound);
            Admission admission = media.kind().isLive() ? link.settings().admission() : Admission.AUTOMATIC;
            return new GuestLinkPreview(media.title(), media.kind(), link.stateAt(clock.instant()), media.guestAccessEnabled(),
                    admission, link.settings().allowedDomains());
        });
    }

    /**
     * Joins through a guest link with a display name and an email, without an account. A first join uses one of the
     * link's joins; the same email joining again through the same link gets a new pass without using another.
     * Unknown, rotated-away and revoked tokens are refused alike with {@code guest-link-not-found}.
     */
    public GuestJoin join(String token, String name, String email) {
        Validation validation = new Validation();
        DisplayName displayName = validation.field("name", () -> DisplayName.parse(name));
        EmailAddress address = validation.field("email", () -> EmailAddress.parse(email));
        validation.throwIfInvalid();
        if (!Tokens.looksLikeToken(token)) {
            throw linkNotFound();
        }
        var digest = tokens.digest(token);
        return Retry.onConflict(() -> joinWith(digest, displayName, address));
    }

    private GuestJoin joinWith(TokenDigest digest, DisplayName displayName, EmailAddress address) {
        return audited.write(() -> {
            GuestLink link = links.findByTokenDigest(digest).orElseThrow(GuestAccess::linkNotFound);
            Media media = catalog.find(link.tenant(), link.media()).orElseThrow(GuestAccess::linkNotFound);
            Instant now = clock.instant();
            AuditEvent refused = AuditEvent.of(link.tenant(), link.media(), now, AuditAction.GUEST_JOIN_REFUSED,
                    "guest:" + address.value()).withSubject(address.value()).withLink(link.id());
            checkJoinable(link, media, address, now, refused);
            Optional<Participant> known = participants.findGuest(link.tenant(), link.id(), address);
            if (known.isPresent()) {
                return rejoin(media, link, known.get(), now, refused);
            }
            if (link.isExhausted()) {
                throw exhausted(refused);
            }
            boolean waits = media.kind().isLive() && link.settings().admission() == Admission.MODERATOR_APPROVAL;
            Participant guest = Participant.guest(new ParticipantId(tokens.newId()), link.tenant(), media.id(), link.id(),
                    displayName, address, waits, now);
            participants.add(guest);
            IssuedPass pass = issuePass(media, link, guest, now);
            auditLog.record(AuditEvent.of(link.tenant(), media.id(), now,
                            waits ? AuditAction.GUEST_WAITING : AuditAction.GUEST_JOINED, "guest:" + address.value())
                    .withSubject(address.value()).withLink(link.id()).withParticipant(guest.id()));
            // The join is counted last: the conditional write locks the link's row until commit, so every other join
            // through this link waits for as short a time as possible. A refusal here rolls back all of the above.
            if (!links.tryConsumeJoin(link.tenant(), link.id())) {
                throw exhausted(refused);
            }
            return new GuestJoin(media, guest, pass);
        });
    }

    private static RuntimeException exhausted(AuditEvent refused) {
        return refuse(ErrorCode.GUEST_LINK_EXHAUSTED, "This link has reached its maximum number of guests.", refused);
    }

    private void checkJoinable(GuestLink link, Media media, EmailAddress email, Instant now, AuditEvent refused) {
        if (link.revoked()) {
            throw refuse(ErrorCode.GUEST_LINK_NOT_FOUND, LINK_NOT_FOUND, refused, ErrorCode.GUEST_LINK_REVOKED.code());
        }
        if (!media.guestAccessEnabled()) {
            throw refuse(ErrorCode.GUEST_ACCESS_DISABLED, "Guest access to this media is turned off.", refused);
        }
        if (link.isExpiredAt(now)) {
            throw refuse(ErrorCode.GUEST_LINK_EXPIRED, "This guest link has expired.", refused);
        }
        if (!link.settings().admitsDomainOf(email)) {
            throw refuse(ErrorCode.EMAIL_DOMAIN_NOT_ALLOWED, "This link is not open to emails at " + email.domain() + ".", refused);
        }
    }

    private GuestJoin rejoin(Media media, GuestLink link, Participant guest, Instant now, AuditEvent refused) {
        if (guest.status() == ParticipantStatus.REMOVED) {
            throw refuse(ErrorCode.PARTICIPANT_REMOVED, "You were removed from this media and cannot rejoin through this link.",
                    refused.withParticipant(guest.id()));
        }
        if (guest.status() == ParticipantStatus.DENIED) {
            throw refuse(ErrorCode.GUEST_DENIED, "A moderator declined your request to join.", refused.withParticipant(guest.id()));
        }
        IssuedPass pass = issuePass(media, link, guest, now);
        auditLog.record(AuditEvent.of(link.tenant(), media.id(), now, AuditAction.GUEST_REJOINED, "guest:" + guest.email().value())
                .withSubject(guest.email().value()).withLink(link.id()).withParticipant(guest.id()));
        return new GuestJoin(media, guest, pass);
    }

    private IssuedPass issuePass(Media media, GuestLink link, Participant guest, Instant now) {
        Instant expiry = now.plus(tenants.settings(media.tenant()).guestPassTtl());
        if (link.settings().expiresAt().isPresent() && link.settings().expiresAt().get().isBefore(expiry)) {
            expiry = link.settings().expiresAt().get();
        }
        String token = tokens.mint();
        Pass pass = new Pass(new PassId(tokens.newId()), media.tenant(), media.id(), media.kind(), guest.id(), guest.role(),
                tokens.digest(token), guest.isAdmitted() ? PassState.ACTIVE : PassState.WAITING, Optional.of(link.id()), now, expiry);
        passes.add(pass);
        return new IssuedPass(pass, token);
    }

    private GuestLink addLink(Standing standing, GuestLinkSettings settings, Instant now) {
        Media media = standing.media();
        String seed = tokens.newSeed();
        GuestLink link = GuestLink.create(new GuestLinkId(tokens.newId()), media.tenant(), media.id(), settings, seed,
                tokens.digest(tokens.guestLinkToken(seed)), now);
        links.add(link);
        auditLog.record(event(standing, AuditAction.GUEST_LINK_CREATED, now).withLink(link.id()));
        return link;
    }

    private GuestLink linkOf(Media media, GuestLinkId linkId) {
        return links.find(media.tenant(), linkId)
                .filter(link -> link.media().equals(media.id()))
                .orElseThrow(() -> new AccessRefused(ErrorCode.GUEST_LINK_NOT_FOUND, "This media has no such guest link."));
    }

    private static GuestLink requireNotRevoked(GuestLink link) {
        if (link.revoked()) {
            throw new AccessRefused(ErrorCode.GUEST_LINK_REVOKED, "This guest link was revoked; create a new one instead.");
        }
        return link;
    }

    private static void requireAdmissionFits(Media media, GuestLinkSettings settings) {
        if (settings.admission() == Admission.MODERATOR_APPROVAL && !media.kind().isLive()) {
            throw new AccessRefused(ErrorCode.ADMISSION_NOT_ALLOWED_FOR_KIND,
                    "Moderator approval needs a live session; " + media.kind() + " has no lobby.");
        }
    }

    private GuestLinkView view(GuestLink link) {
        return new GuestLinkView(link, urls.guestLink(tokens.guestLinkToken(link.tokenSeed())), link.stateAt(clock.instant()));
    }

    private static AuditEvent event(Standing standing, AuditAction action, Instant at) {
        return AuditEvent.of(standing.media().tenant(), standing.media().id(), at, action, standing.actor());
    }

    private static final String LINK_NOT_FOUND = "This guest link is not valid. It may have been replaced or revoked.";

    private static AccessRefused linkNotFound() {
        return new AccessRefused(ErrorCode.GUEST_LINK_NOT_FOUND, LINK_NOT_FOUND);
    }
}
