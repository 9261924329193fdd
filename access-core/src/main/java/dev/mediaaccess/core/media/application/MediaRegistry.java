package dev.mediaaccess.core.media.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.Participants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inbound port: tells the core about the host's media items, and lists a user's. The host keeps the media itself; the
 * core keeps who owns each item and who else may reach it.
 */
public final class MediaRegistry {
    private final UseCaseSupport support;
    private final MediaCatalog catalog;
    private final Participants participants;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public MediaRegistry(UseCaseSupport support, MediaCatalog catalog, Participants participants) {
        this.support = requireNonNull(support, "support");
        this.catalog = requireNonNull(catalog, "catalog");
        this.participants = requireNonNull(participants, "participants");
    }

    /** Registers a new media item owned by the signed-in user, under a new id. */
    public Media register(Principal.User owner, String title, MediaKind kind) {
        requireNonNull(owner, "owner");
        return register(owner.tenant(), new MediaId(support.tokens().newId()), owner.id(), title, kind);
    }

    /** Registers a media item under the host's own id; refuses with {@code media-already-exists} if the tenant has it. */
    public Media register(TenantId tenant, MediaId id, UserId owner, String title, MediaKind kind) {
        requireNonNull(tenant, "tenant");
        requireNonNull(id, "id");
        requireNonNull(owner, "owner");
        Instant now = support.now();
        Validation validation = new Validation();
        if (kind == null) {
            validation.reject("kind", "required", "choose one of VIDEO, AUDIO, DOCUMENT, IMAGE, QUIZ, LIVE_EVENT, ROOM_SESSION");
        }
        Media media = validation.field("title", () -> Media.register(id, tenant, owner, title, kind == null ? MediaKind.VIDEO : kind, now));
        validation.throwIfInvalid();
        return support.write(() -> {
            if (!catalog.add(media)) {
                throw new AccessRefused(ErrorCode.MEDIA_ALREADY_EXISTS, "This tenant already has media with id " + id + ".");
            }
            support.record(AuditEvent.of(tenant, id, now, AuditAction.MEDIA_REGISTERED, AuditActor.user(owner))
                    .withReason(media.kind().name()));
            return media;
        });
    }

    /** The media items the user owns in their tenant, oldest first (ties broken by id). */
    public List<Media> ownedBy(Principal.User user) {
        requireNonNull(user, "user");
        return support.read(() -> catalog.listOwnedBy(user.tenant(), user.id()));
    }

    /**
     * The media items of others on which the user is an admitted member, in the order they joined: recognised, as every
     * access check recognises members, by the user's verified email. A user without one is a member of nothing.
     */
    public List<Membership> memberships(Principal.User user) {
        requireNonNull(user, "user");
        if (user.verifiedEmail().isEmpty()) {
            return List.of();
        }
        return support.read(() -> participants.listMemberships(user.tenant(), user.verifiedEmail().get()).stream()
                .filter(Participant::isAdmitted)
                .flatMap(member -> membership(user, member).stream())
                .toList());
    }

    private Optional<Membership> membership(Principal.User user, Participant member) {
        return catalog.find(user.tenant(), member.media())
                .filter(media -> !media.owner().equals(user.id()))
                .map(media -> new Membership(media, member.role(), member.joinedAt()));
    }
}
