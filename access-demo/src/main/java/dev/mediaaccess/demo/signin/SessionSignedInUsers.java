package dev.mediaaccess.demo.signin;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.http.SignedInUsers;
import io.javalin.http.Context;
import java.util.Optional;

/** Tells the HTTP adapter who is signed in: the user of the request's demo session cookie, if it is live. */
public final class SessionSignedInUsers implements SignedInUsers {
    private final DemoSessions sessions;

    public SessionSignedInUsers(DemoSessions sessions) {
        this.sessions = requireNonNull(sessions, "sessions");
    }

    @Override
    public Optional<Principal.User> current(Context ctx) {
        return user(ctx).map(DemoUser::principal);
    }

    /** The demo user behind the request, for the demo's own pages. */
    public Optional<DemoUser> user(Context ctx) {
        String token = SessionCookie.read(ctx);
        return token == null ? Optional.empty() : sessions.find(token);
    }
}
