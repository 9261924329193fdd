package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.core.storage.Transactions;

/**
 * The reference storage adapter: every port in memory, keeping every guarantee the ports state. Thread-safe: one
 * read-write lock guards all of it and a write holds it to the end, so use cases run one writer at a time; a write
 * that throws is undone. A write may not start inside {@link Transactions#read}: that throws.
 */
public final class InMemoryStorage implements AccessStorage {
    private final Store store = new Store();
    private final MediaCatalog media = new InMemoryMediaCatalog(store);
    private final GuestLinks guestLinks = new InMemoryGuestLinks(store);
    private final Invitations invitations = new InMemoryInvitations(store);
    private final OneTimeCodes oneTimeCodes = new InMemoryOneTimeCodes(store);
    private final Participants participants = new InMemoryParticipants(store);
    private final Passes passes = new InMemoryPasses(store);
    private final AuditLog auditLog = new InMemoryAuditLog(store);

    private InMemoryStorage() {}

    /** A new, empty store. */
    public static InMemoryStorage create() {
        return new InMemoryStorage();
    }

    @Override
    public Transactions transactions() {
        return store;
    }

    @Override
    public MediaCatalog media() {
        return media;
    }

    @Override
    public GuestLinks guestLinks() {
        return guestLinks;
    }

    @Override
    public Invitations invitations() {
        return invitations;
    }

    @Override
    public OneTimeCodes oneTimeCodes() {
        return oneTimeCodes;
    }

    @Override
    public Participants participants() {
        return participants;
    }

    @Override
    public Passes passes() {
        return passes;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }
}
