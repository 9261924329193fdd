package dev.mediaaccess.core.media.model;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Port: the media items the core knows. Every lookup is scoped to a tenant: a media item of one tenant is never
 * found under another tenant's id.
 */
public interface MediaCatalog {
    /** Stores a new media item. Returns false, storing nothing, if the tenant already has a media item with that id. */
    boolean add(Media media);

    Optional<Media> find(TenantId tenant, MediaId id);

    /**
     * Every media item {@code owner} owns in {@code tenant}, oldest first ({@link Media#createdAt()}, ties broken by
     * id); empty if they own none. Media of another tenant is never listed, even under the same user id: user ids are
     * the host's, unique within a tenant only.
     */
    List<Media> listOwnedBy(TenantId tenant, UserId owner);

    /** Replaces a stored media item (same tenant and id). */
    void update(Media media);
}
