package dev.mediaaccess.core.common;

import dev.mediaaccess.core.internal.Identifiers;
/** Identifier of a user account as the host application knows it. */
public record UserId(String value) {
    public UserId {
        Identifiers.require("UserId", value);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
