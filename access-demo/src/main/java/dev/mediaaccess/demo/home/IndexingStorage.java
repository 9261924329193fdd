package dev.mediaaccess.demo.home;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.core.storage.Transactions;
import java.util.Optional;

/** The real storage, with every media item the core registers also noted in the demo's {@link MediaIndex}. */
public final class IndexingStorage implements AccessStorage {
    private final AccessStorage storage;
    private final MediaCatalog media;

    public IndexingStorage(AccessStorage storage, MediaIndex index) {
        this.storage = requireNonNull(storage, "storage");
        requireNonNull(index, "index");
        MediaCatalog catalog = storage.media();
        this.media = new MediaCatalog() {
            @Override
            public boolean add(Media item) {
                boolean added = catalog.add(item);
                if (added) {
                    index.add(item.id());
                }
                return added;
            }

            @Override
            public Optional<Media> find(TenantId tenant, MediaId id) {
                return catalog.find(tenant, id);
            }

            @Override
            public void update(Media item) {
                catalog.update(item);
            }
        };
    }

    @Override
    public MediaCatalog media() {
        return media;
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public GuestLinks guestLinks() {
        return storage.guestLinks();
    }

    @Override
    public Invitations invitations() {
        return storage.invitations();
    }

    @Override
    public OneTimeCodes oneTimeCodes() {
        return storage.oneTimeCodes();
    }

    @Override
    public Participants participants() {
        return storage.participants();
    }

    @Override
    public Passes passes() {
        return storage.passes();
    }

    @Override
    public AuditLog auditLog() {
        return storage.auditLog();
    }
}
