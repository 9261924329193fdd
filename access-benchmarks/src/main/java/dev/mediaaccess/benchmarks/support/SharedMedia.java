package dev.mediaaccess.benchmarks.support;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.notification.Notifier;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.storage.AccessStorage;
import java.util.Optional;

/**
 * One media item shared through the core, the way a host would do it: an owner registers it, turns guest access on
 * (which gives it an open guest link), and a first guest joins. Benchmarks use the link token and the pass token.
 */
public final class SharedMedia {
    public static final TenantId TENANT = TenantId.of("bench-tenant");
    public static final String BASE_URL = "https://media.bench.example";

    public final AccessCore core;
    public final Principal.User owner;
    public final Media media;
    public final GuestLinkId guestLinkId;
    public final String guestLinkToken;
    public final String passToken;

    private SharedMedia(AccessCore core, String ownerId) {
        this.core = core;
        this.owner = Principal.user(TENANT, UserId.of(ownerId), DisplayName.parse("Bench Owner"), Optional.empty());
        Media registered = core.mediaRegistry().register(owner, "Benchmark video", MediaKind.VIDEO);
        this.media = core.guestLinkManagement().setGuestAccess(owner, registered.id(), true);
        GuestLinkView link = core.guestLinkManagement().links(owner, media.id()).get(0);
        this.guestLinkId = link.link().id();
        String url = link.url().toString();
        this.guestLinkToken = url.substring(url.lastIndexOf('/') + 1);
        this.passToken = core.guestJoining().join(guestLinkToken, "First Guest", "first-guest@bench.example").pass().token();
    }

    /** Wires the core to the storage the production way (secure random tokens, system clock) and shares one item. */
    public static SharedMedia on(AccessStorage storage) {
        return on(storage, "bench-owner");
    }

    public static SharedMedia on(AccessStorage storage, String ownerId) {
        return new SharedMedia(wire(storage), ownerId);
    }

    /** Shares one more item through a core the caller wired. */
    public static SharedMedia on(AccessCore core, String ownerId) {
        return new SharedMedia(core, ownerId);
    }

    /** The core on this storage, wired as a host would: secure random tokens, system clock, a fresh host secret. */
    public static AccessCore wire(AccessStorage storage) {
        return AccessCore.builder()
                .storage(storage)
                .secret(HostSecret.generate(TokenSource.secureRandom()))
                .publicBaseUrl(BASE_URL)
                .notifier(discardingNotifier())
                .build();
    }

    /** Delivery is the notifier adapter's cost, not the core's: benchmarks drop notifications. */
    public static Notifier discardingNotifier() {
        return notification -> { };
    }
}
