package dev.mediaaccess.testkit.memory;

import static java.util.Comparator.comparing;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryInvitations implements Invitations {
    private static final Comparator<Invitation> OLDEST_FIRST =
            comparing(Invitation::createdAt).thenComparing(invitation -> invitation.id().value());

    private final Store store;
    private final Table<Scoped<InvitationId>, Invitation> invitations;
    private final Table.Index<Scoped<InvitationId>, Invitation> byDigest;
    private final Table.Index<Scoped<InvitationId>, Invitation> byMedia;
    private final Table.Index<Scoped<InvitationId>, Invitation> pendingByEmail;

    InMemoryInvitations(Store store) {
        this.store = store;
        this.invitations = new Table<>(store, "invitations");
        this.byDigest = invitations.uniqueIndex("token digest", invitation -> Optional.of(invitation.tokenDigest()));
        this.byMedia = invitations.index("media", invitation -> Optional.of(mediaOf(invitation)));
        this.pendingByEmail = invitations.uniqueIndex("pending per media and email", invitation ->
                invitation.status() == InvitationStatus.PENDING
                        ? Optional.of(new PendingKey(mediaOf(invitation), invitation.email()))
                        : Optional.empty());
    }

    @Override
    public void addAll(Collection<Invitation> batch) {
        store.change(() -> batch.forEach(invitation -> invitations.insert(keyOf(invitation), invitation)));
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, InvitationId id) {
        return store.read(() -> invitations.get(Scoped.of(tenant, id)));
    }

    @Override
    public Optional<Invitation> findByTokenDigest(TokenDigest digest) {
        return store.read(() -> invitations.findUnique(byDigest, digest));
    }

    @Override
    public List<Invitation> findPending(TenantId tenant, MediaId media, Collection<EmailAddress> emails) {
        Scoped<MediaId> mediaKey = Scoped.of(tenant, media);
        return store.read(() -> emails.stream()
                .distinct()
                .flatMap(email -> invitations.findUnique(pendingByEmail, new PendingKey(mediaKey, email)).stream())
                .sorted(OLDEST_FIRST)
                .toList());
    }

    @Override
    public List<Invitation> listForMedia(TenantId tenant, MediaId media) {
        return store.read(() -> invitations.findAll(byMedia, Scoped.of(tenant, media)).stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public void updateAll(Collection<Invitation> batch) {
        store.change(() -> batch.forEach(invitation -> invitations.replace(keyOf(invitation), invitation)));
    }

    @Override
    public boolean markAccepted(TenantId tenant, InvitationId id, Instant at, ParticipantId member) {
        return store.write(() -> {
            Scoped<InvitationId> key = Scoped.of(tenant, id);
            Optional<Invitation> pending = invitations.get(key).filter(invitation -> invitation.status() == InvitationStatus.PENDING);
            pending.ifPresent(invitation -> invitations.replace(key, invitation.accepted(at, member)));
            return pending.isPresent();
        });
    }

    private static Scoped<InvitationId> keyOf(Invitation invitation) {
        return Scoped.of(invitation.tenant(), invitation.id());
    }

    private static Scoped<MediaId> mediaOf(Invitation invitation) {
        return Scoped.of(invitation.tenant(), invitation.media());
    }

    private record PendingKey(Scoped<MediaId> media, EmailAddress email) {}
}
