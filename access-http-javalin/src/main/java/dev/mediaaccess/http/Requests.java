package dev.mediaaccess.http;

import java.util.List;

/** What the API accepts. Fields are as typed; the domain validates them, {@link Inputs} parses enums and times. */
final class Requests {
    private Requests() {}

    record CreateMedia(String title, String kind) {}

    record GuestAccessSwitch(Boolean enabled) {}

    record GuestLinkSettingsInput(String label, String expiresAt, Integer maxJoins, List<String> allowedDomains, String admission) {}

    record Join(String token, String name, String email) {}

    record InviteeInput(String email, String role) {}

    record Invite(List<InviteeInput> invitees, String message, String expiresAt) {}

    record RoleChange(String role) {}

    record Accept(String token, String code, String name) {
        @Override
        public String toString() {
            return "Accept[token=redacted, code=redacted, name=" + name + "]";
        }
    }

    record CodeRequest(String token) {
        @Override
        public String toString() {
            return "CodeRequest[token=redacted]";
        }
    }
}
