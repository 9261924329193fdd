package dev.mediaaccess.demo.seed;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.media.application.MediaRegistry;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.storage.Transactions;
import dev.mediaaccess.demo.signin.DemoUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sample media item of every kind, owned by the demo owner, under fixed ids ({@code sample-video},
 * {@code sample-room-session}, ...). Seeding again finds them and adds nothing, so restarts keep their links.
 */
public final class SampleMedia {
    static final Map<MediaKind, String> TITLES = Map.of(
            MediaKind.VIDEO, "Welcome to the team (video)",
            MediaKind.AUDIO, "Weekly podcast, episode 12",
            MediaKind.DOCUMENT, "Onboarding handbook",
            MediaKind.IMAGE, "Campus map",
            MediaKind.QUIZ, "Safety basics quiz",
            MediaKind.LIVE_EVENT, "Quarterly all-hands (live event)",
            MediaKind.ROOM_SESSION, "Design review room");

    private final MediaRegistry registry;
    private final MediaCatalog catalog;
    private final Transactions transactions;

    public SampleMedia(MediaRegistry registry, MediaCatalog catalog, Transactions transactions) {
        this.registry = requireNonNull(registry, "registry");
        this.catalog = requireNonNull(catalog, "catalog");
        this.transactions = requireNonNull(transactions, "transactions");
    }

    public static MediaId idOf(MediaKind kind) {
        return MediaId.of("sample-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Makes sure every sample exists; returns the ones this call added. */
    public List<Media> seed(DemoUser owner) {
        requireNonNull(owner, "owner");
        List<Media> added = new ArrayList<>();
        for (MediaKind kind : MediaKind.values()) {
            MediaId id = idOf(kind);
            boolean present = transactions.read(() -> catalog.find(DemoUser.TENANT, id).isPresent());
            if (!present) {
                added.add(registry.register(DemoUser.TENANT, id, owner.id(), TITLES.get(kind), kind));
            }
        }
        return added;
    }
}
