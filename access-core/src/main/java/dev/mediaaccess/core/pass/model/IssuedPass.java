package dev.mediaaccess.core.pass.model;

import static java.util.Objects.requireNonNull;

/** A pass just issued, with its token: the only moment the token exists outside its holder's hands. */
public record IssuedPass(Pass pass, String token) {
    public IssuedPass {
        requireNonNull(pass, "pass");
        requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "IssuedPass[pass=" + pass.id() + ", token=redacted]";
    }
}
