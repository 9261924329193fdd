package dev.mediaaccess.testkit.memory;

import static java.util.Comparator.comparing;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryGuestLinks implements GuestLinks {
    private static final Comparator<GuestLink> OLDEST_FIRST =
            comparing(GuestLink::createdAt).thenComparing(link -> link.id().value());

    private final Store store;
    private final Table<Scoped<GuestLinkId>, GuestLink> links;
    private final Table.Index<Scoped<GuestLinkId>, GuestLink> byDigest;
    private final Table.Index<Scoped<GuestLinkId>, GuestLink> byMedia;

    InMemoryGuestLinks(Store store) {
        this.store = store;
        this.links = new Table<>(store, "guest links");
        this.byDigest = links.uniqueIndex("token digest", link -> Optional.of(link.tokenDigest()));
        this.byMedia = links.index("media", link -> Optional.of(Scoped.of(link.tenant(), link.media())));
    }

    @Override
    public void add(GuestLink link) {
        store.change(() -> links.insert(keyOf(link), link));
    }

    @Override
    public Optional<GuestLink> find(TenantId tenant, GuestLinkId id) {
        return store.read(() -> links.get(Scoped.of(tenant, id)));
    }

    @Override
    public Optional<GuestLink> findByTokenDigest(TokenDigest digest) {
        return store.read(() -> links.findUnique(byDigest, digest));
    }

    @Override
    public List<GuestLink> listForMedia(TenantId tenant, MediaId media) {
        return store.read(() -> links.findAll(byMedia, Scoped.of(tenant, media)).stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public int countActive(TenantId tenant, MediaId media) {
        return store.read(() -> (int) links.findAll(byMedia, Scoped.of(tenant, media)).stream()
                .filter(link -> !link.revoked())
                .count());
    }

    @Override
    public void update(GuestLink link) {
        store.change(() -> links.get(keyOf(link))
                .ifPresent(stored -> links.replace(keyOf(link), withJoinCount(link, stored.joinCount()))));
    }

    @Override
    public boolean tryConsumeJoin(TenantId tenant, GuestLinkId id) {
        return store.write(() -> {
            Scoped<GuestLinkId> key = Scoped.of(tenant, id);
            Optional<GuestLink> admitting = links.get(key).filter(link -> !link.revoked() && !link.isExhausted());
            admitting.ifPresent(link -> links.replace(key, withJoinCount(link, link.joinCount() + 1)));
            return admitting.isPresent();
        });
    }

    private static Scoped<GuestLinkId> keyOf(GuestLink link) {
        return Scoped.of(link.tenant(), link.id());
    }

    private static GuestLink withJoinCount(GuestLink link, int joinCount) {
        return new GuestLink(link.id(), link.tenant(), link.media(), link.settings(), link.tokenSeed(), link.tokenDigest(),
                joinCount, link.revoked(), link.createdAt(), link.revokedAt());
    }
}
