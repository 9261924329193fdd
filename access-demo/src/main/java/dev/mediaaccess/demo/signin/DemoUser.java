package dev.mediaaccess.demo.signin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import java.util.Optional;

/**
 * A person signed in to the demo. The demo has no accounts: whoever proves an email with a one-time code is the user
 * of that email, with the same id every time, so media they own stays theirs across sign-ins and restarts.
 */
public record DemoUser(UserId id, DisplayName name, EmailAddress email) {
    /** The demo's single tenant. */
    public static final TenantId TENANT = TenantId.of("demo");

    public DemoUser {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(email, "email");
    }

    public static DemoUser of(EmailAddress email, DisplayName name) {
        return new DemoUser(idFor(email), name, email);
    }

    /** The user id of an email: stable, and without the email itself so ids in logs and audit rows stay opaque. */
    public static UserId idFor(EmailAddress email) {
        return UserId.of("demo-user-" + Hashing.sha256().hashString("demo-user:" + email.value(), UTF_8).toString().substring(0, 24));
    }

    /** The principal the core sees: a user of the demo tenant whose email is verified. */
    public Principal.User principal() {
        return Principal.user(TENANT, id, name, Optional.of(email));
    }
}
