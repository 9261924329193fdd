package dev.mediaaccess.http;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.media.model.MediaId;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is asking: the host's signed-in user first; else a pass from {@code Authorization: Bearer} or the media's cookie.
 * A signed-in user who has no place on the media but holds a pass for it (they joined as a guest, or accepted an
 * invitation by code) acts through the pass. A pass speaks for the tenant the host says the request is for, if any.
 */
final class Principals {
    private final HttpSettings settings;
    private final AccessChecks access;

    Principals(HttpSettings settings, AccessChecks access) {
        this.settings = settings;
        this.access = access;
    }

    Optional<Principal.User> user(Context ctx) {
        return settings.users().current(ctx);
    }

    Principal.User requireUser(Context ctx, String why) {
        return user(ctx).orElseThrow(() -> new AccessRefused(ErrorCode.NOT_SIGNED_IN, why));
    }

    /** For requests about one media item: its pass cookie counts too. */
    Principal on(Context ctx, MediaId media) {
        Optional<TenantId> tenant = settings.requestTenant(ctx);
        Optional<Principal> pass = bearer(ctx).or(() -> PassCookies.read(ctx, tenant, media))
                .map(token -> new Principal.PassHolder(token, tenant));
        Optional<Principal.User> user = user(ctx);
        if (user.isEmpty()) {
            return pass.orElseGet(Principal::anonymous);
        }
        if (pass.isPresent() && access.check(user.get(), media, Capability.VIEW).role().isEmpty()) {
            return pass.get();
        }
        return user.get();
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }
}
