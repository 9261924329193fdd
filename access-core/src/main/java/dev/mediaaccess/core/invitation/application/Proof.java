package dev.mediaaccess.core.invitation.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.Principal;

/** How the person accepting an invitation proves they own the invited email. */
public sealed interface Proof {
    /** A host-authenticated user whose verified email must equal the invitation's. */
    record SignedIn(Principal.User user) implements Proof {
        public SignedIn {
            requireNonNull(user, "user");
        }
    }

    /**
     * The one-time code sent to the invited email. {@code name} is how the invitee will be shown; if blank, the
     * email's name part is used.
     */
    record Code(String code, String name) implements Proof {
        public Code {
            requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return "Code[code=redacted, name=" + name + "]";
        }
    }

    static Proof signedIn(Principal.User user) {
        return new SignedIn(user);
    }

    static Proof code(String code) {
        return new Code(code, null);
    }

    static Proof code(String code, String name) {
        return new Code(code, name);
    }
}
