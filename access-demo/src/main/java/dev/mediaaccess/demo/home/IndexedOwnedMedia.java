package dev.mediaaccess.demo.home;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.storage.Transactions;
import dev.mediaaccess.demo.signin.DemoUser;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A user's media: the indexed ids (and the samples, always) that the catalogue says this user owns, newest first. */
public final class IndexedOwnedMedia implements OwnedMedia {
    private final MediaIndex index;
    private final List<MediaId> alwaysListed;
    private final MediaCatalog catalog;
    private final Transactions transactions;

    public IndexedOwnedMedia(MediaIndex index, List<MediaId> alwaysListed, MediaCatalog catalog, Transactions transactions) {
        this.index = requireNonNull(index, "index");
        this.alwaysListed = List.copyOf(alwaysListed);
        this.catalog = requireNonNull(catalog, "catalog");
        this.transactions = requireNonNull(transactions, "transactions");
    }

    @Override
    public List<Media> of(DemoUser user) {
        Set<MediaId> ids = new LinkedHashSet<>(alwaysListed);
        ids.addAll(index.ids());
        return transactions.read(() -> ids.stream()
                .map(id -> catalog.find(DemoUser.TENANT, id))
                .flatMap(Optional::stream)
                .filter(media -> media.owner().equals(user.id()))
                .sorted(Comparator.comparing(Media::createdAt).reversed().thenComparing(media -> media.id().value()))
                .toList());
    }
}
