package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Principal;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Port through which the host says who is signed in to it. The adapter asks it first on every request; only when it
 * answers empty does it look for a pass (cookie or {@code Authorization: Bearer}).
 *
 * <p>Give a user a {@code verifiedEmail} only if the host has verified that they control it: a verified email is what
 * lets a signed-in user accept an invitation sent to that address.
 */
@FunctionalInterface
public interface SignedInUsers {
    Optional<Principal.User> current(Context ctx);

    /** Nobody is ever signed in: only guests and invitees with passes get in. */
    static SignedInUsers nobody() {
        return ctx -> Optional.empty();
    }
}
