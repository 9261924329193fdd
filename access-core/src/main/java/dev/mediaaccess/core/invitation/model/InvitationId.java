package dev.mediaaccess.core.invitation.model;

import dev.mediaaccess.core.internal.Identifiers;

/** Identifier of an invitation (not its token: knowing an id grants nothing). */
public record InvitationId(String value) {
    public InvitationId {
        Identifiers.require("InvitationId", value);
    }

    public static InvitationId of(String value) {
        return new InvitationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
