package dev.mediaaccess.core.invitation.application;

import dev.mediaaccess.core.access.model.Role;

/** One row of an invitation request, as typed: validated with the whole request. {@code role} may be null (refused). */
public record Invitee(String email, Role role) {
    public static Invitee of(String email, Role role) {
        return new Invitee(email, role);
    }
}
