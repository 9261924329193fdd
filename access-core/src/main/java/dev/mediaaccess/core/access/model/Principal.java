package dev.mediaaccess.core.access.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import java.util.Optional;

/** Who is asking. The host authenticates its own users; everyone else presents a pass token or nothing. */
public sealed interface Principal {

    /**
     * A user signed in to the host application. {@code verifiedEmail} is present only if the host has verified that
     * the user controls it; only a verified email can accept an invitation.
     */
    record User(TenantId tenant, UserId id, DisplayName name, Optional<EmailAddress> verifiedEmail) implements Principal {
        public User {
            requireNonNull(tenant, "tenant");
            requireNonNull(id, "id");
            requireNonNull(name, "name");
            requireNonNull(verifiedEmail, "verifiedEmail");
        }
    }

    /**
     * Someone holding a pass (a guest, or an invitee who accepted with a one-time code). A pass names its tenant; a host
     * whose media ids are unique only within a tenant says which tenant the request is for, and a pass of another
     * tenant is then refused even if the media ids match.
     */
    record PassHolder(String token, Optional<TenantId> tenant) implements Principal {
        public PassHolder {
            requireNonNull(token, "token");
            requireNonNull(tenant, "tenant");
        }

        public PassHolder(String token) {
            this(token, Optional.empty());
        }

        @Override
        public String toString() {
            return "PassHolder[token=redacted]";
        }
    }

    /** Nobody we know. */
    record Anonymous() implements Principal {}

    static User user(TenantId tenant, UserId id, DisplayName name, Optional<EmailAddress> verifiedEmail) {
        return new User(tenant, id, name, verifiedEmail);
    }

    static PassHolder pass(String token) {
        return new PassHolder(token);
    }

    static PassHolder pass(String token, TenantId tenant) {
        return new PassHolder(token, Optional.of(tenant));
    }

    static Anonymous anonymous() {
        return new Anonymous();
    }
}
