package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.media.model.MediaId;
import io.javalin.http.Context;
import java.util.Optional;

/** Who is asking: the host's signed-in user first; else a pass from {@code Authorization: Bearer} or the media's cookie. */
final class Principals {
    private final SignedInUsers users;

    Principals(SignedInUsers users) {
        this.users = users;
    }

    Optional<Principal.User> user(Context ctx) {
        return users.current(ctx);
    }

    Principal.User requireUser(Context ctx, String why) {
        return user(ctx).orElseThrow(() -> new AccessRefused(ErrorCode.NOT_SIGNED_IN, why));
    }

    /** For requests about one media item: its pass cookie counts too. */
    Principal on(Context ctx, MediaId media) {
        Optional<Principal.User> user = user(ctx);
        if (user.isPresent()) {
            return user.get();
        }
        Optional<String> bearer = bearer(ctx);
        if (bearer.isPresent()) {
            return Principal.pass(bearer.get());
        }
        return PassCookies.read(ctx, media).<Principal>map(Principal::pass).orElseGet(Principal::anonymous);
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }
}
