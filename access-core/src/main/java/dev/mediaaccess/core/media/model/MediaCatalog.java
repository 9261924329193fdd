package dev.mediaaccess.core.media.model;

import dev.mediaaccess.core.common.TenantId;
import java.util.Optional;

/**
 * Port: the media items the core knows. Every lookup is scoped to a tenant: a media item of one tenant is never
 * found under another tenant's id.
 */
public interface MediaCatalog {
    /** Stores a new media item. Returns false, storing nothing, if the tenant already has a media item with that id. */
    boolean add(Media media);

    Optional<Media> find(TenantId tenant, MediaId id);

    /** Replaces a stored media item (same tenant and id). */
    void update(Media media);
}
