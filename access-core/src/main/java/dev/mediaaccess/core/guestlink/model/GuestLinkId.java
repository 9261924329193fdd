package dev.mediaaccess.core.guestlink.model;

import dev.mediaaccess.core.internal.Identifiers;

/** Identifier of a guest link (not its token: knowing an id grants nothing). */
public record GuestLinkId(String value) {
    public GuestLinkId {
        Identifiers.require("GuestLinkId", value);
    }

    public static GuestLinkId of(String value) {
        return new GuestLinkId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
