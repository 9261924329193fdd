package dev.mediaaccess.core.guestlink.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.List;

/**
 * Inbound port for those who manage access to a media item: turn guest access on or off, and create, change, rotate
 * and revoke its guest links. Every call needs {@link Capability#MANAGE_ACCESS} on the media item.
 */
public final class GuestLinkManagement {
    private final UseCaseSupport support;
    private final AccessChecks access;
    private final MediaCatalog catalog;
    private final GuestLinks links;
    private final Passes passes;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public GuestLinkManagement(UseCaseSupport support, AccessChecks access, MediaCatalog catalog, GuestLinks links, Passes passes) {
        this.support = requireNonNull(support, "support");
        this.access = requireNonNull(access, "access");
        this.catalog = requireNonNull(catalog, "catalog");
        this.links = requireNonNull(links, "links");
        this.passes = requireNonNull(passes, "passes");
    }

    /**
     * Turns guest access to the media item on or off. Turning it on gives the item a first open link if it has none;
     * turning it off ends every guest's pass at once and stops every link from admitting anyone until it is on again.
     */
    public Media setGuestAccess(Principal actor, MediaId mediaId, boolean enabled) {
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Media media = standing.media();
            if (media.guestAccessEnabled() == enabled) {
                return media;
            }
            Media updated = media.withGuestAccess(enabled);
            catalog.update(updated);
            Instant now = support.now();
            if (enabled && links.countActive(media.tenant(), media.id()) == 0) {
                addLink(standing, GuestLinkSettings.open(), now);
            }
            if (!enabled) {
                passes.end(media.tenant(), PassScope.guestsOf(media.id()));
            }
            support.record(event(standing, enabled ? AuditAction.GUEST_ACCESS_ENABLED : AuditAction.GUEST_ACCESS_DISABLED, now));
            return updated;
        });
    }

    /** Adds a guest link, up to the tenant's ceiling of active links per media item. */
    public GuestLinkView createLink(Principal actor, MediaId mediaId, GuestLinkSettings settings) {
        requireNonNull(settings, "settings");
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            Media media = standing.media();
            settings.requireFits(media.kind());
            int ceiling = support.settings(media.tenant()).maxGuestLinksPerMedia();
            if (links.countActive(media.tenant(), media.id()) >= ceiling) {
                throw new AccessRefused(ErrorCode.GUEST_LINK_LIMIT_REACHED,
                        "This media already has " + ceiling + " active guest links; revoke one first.");
            }
            return view(addLink(standing, settings, support.now()));
        });
    }

    /** Every guest link of the media item, revoked ones included, oldest first, each with its URL. */
    public List<GuestLinkView> links(Principal actor, MediaId mediaId) {
        return support.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            return links.listForMedia(media.tenant(), media.id()).stream().map(this::view).toList();
        });
    }

    /** One guest link of the media item, with its URL. */
    public GuestLinkView link(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return support.read(() -> {
            Media media = access.require(actor, mediaId, Capability.MANAGE_ACCESS).media();
            return view(linkOf(media, linkId));
        });
    }

    /** Changes a link's settings; its URL stays the same. */
    public GuestLinkView updateLink(Principal actor, MediaId mediaId, GuestLinkId linkId, GuestLinkSettings settings) {
        requireNonNull(settings, "settings");
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            GuestLink link = linkOf(standing.media(), linkId).requireNotRevoked();
            settings.requireFits(standing.media().kind());
            GuestLink updated = link.withSettings(settings);
            links.update(updated);
            support.record(event(standing, AuditAction.GUEST_LINK_UPDATED, support.now()).withLink(linkId));
            return view(updated);
        });
    }

    /** Gives the link a new URL. The old URL stops working at once, and passes issued through it end. */
    public GuestLinkView rotate(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            GuestLink link = linkOf(standing.media(), linkId).requireNotRevoked();
            String seed = support.tokens().newSeed();
            GuestLink rotated = link.rotated(seed, digestOfSeed(seed));
            links.update(rotated);
            passes.end(link.tenant(), PassScope.guestLink(link.id()));
            support.record(event(standing, AuditAction.GUEST_LINK_ROTATED, support.now()).withLink(linkId));
            return view(rotated);
        });
    }

    /** Revokes the link for good: it admits nobody again, and every pass issued through it ends at once. */
    public GuestLinkView revoke(Principal actor, MediaId mediaId, GuestLinkId linkId) {
        return support.write(() -> {
            Standing standing = access.require(actor, mediaId, Capability.MANAGE_ACCESS);
            GuestLink link = linkOf(standing.media(), linkId);
            if (link.revoked()) {
                return view(link);
            }
            Instant now = support.now();
            GuestLink revoked = link.revokedAt(now);
            links.update(revoked);
            passes.end(link.tenant(), PassScope.guestLink(link.id()));
            support.record(event(standing, AuditAction.GUEST_LINK_REVOKED, now).withLink(linkId));
            return view(revoked);
        });
    }

    private GuestLink addLink(Standing standing, GuestLinkSettings settings, Instant now) {
        Media media = standing.media();
        String seed = support.tokens().newSeed();
        GuestLink link = GuestLink.create(new GuestLinkId(support.tokens().newId()), media.tenant(), media.id(), settings, seed,
                digestOfSeed(seed), now);
        links.add(link);
        support.record(event(standing, AuditAction.GUEST_LINK_CREATED, now).withLink(link.id()));
        return link;
    }

    /** The digest a link with this seed is found by: that of the token its URL carries. */
    private TokenDigest digestOfSeed(String seed) {
        return support.tokens().digest(support.tokens().guestLinkToken(seed));
    }

    private GuestLink linkOf(Media media, GuestLinkId linkId) {
        return links.find(media.tenant(), linkId)
                .filter(link -> link.media().equals(media.id()))
                .orElseThrow(() -> new AccessRefused(ErrorCode.GUEST_LINK_NOT_FOUND, "This media has no such guest link."));
    }

    private GuestLinkView view(GuestLink link) {
        return GuestLinkView.of(link, support.guestLinkUrl(link), support.now());
    }

    private static AuditEvent event(Standing standing, AuditAction action, Instant at) {
        return AuditEvent.of(standing.media().tenant(), standing.media().id(), at, action, standing.actor());
    }
}
