package dev.mediaaccess.core.pass.model;

import dev.mediaaccess.core.internal.Identifiers;

/** Identifier of a pass (not its token: knowing an id grants nothing). */
public record PassId(String value) {
    public PassId {
        Identifiers.require("PassId", value);
    }

    public static PassId of(String value) {
        return new PassId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
