package dev.mediaaccess.core.invitation.application;

import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.internal.Text;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.tenant.TenantSettings;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An invitation request checked as a whole: every invalid row reported at once, under {@code invitees[i].email} and
 * {@code invitees[i].role}; roles checked by the policy's one grant rule.
 */
record ValidatedRequest(Map<EmailAddress, Role> rows, Optional<String> message, Instant expiresAt) {

    static ValidatedRequest of(
            InvitationRequest request, Standing standing, AccessPolicy policy, TenantSettings settings, Instant now) {
        Validation v = new Validation();
        List<Invitee> rows = request.invitees();
        if (rows.isEmpty()) {
            v.reject("invitees", "required", "invite at least one person");
        } else if (rows.size() > InvitationRequest.MAX_INVITEES) {
            v.reject("invitees", "too-many", "at most " + InvitationRequest.MAX_INVITEES + " people per request");
        }
        Optional<String> message = request.message().filter(text -> !text.isBlank())
                .map(text -> v.field("message", () -> Text.clean(text, 1, Invitation.MAX_MESSAGE_LENGTH, true)));
        Instant expiry = expiry(v, request, settings, now);
        Map<EmailAddress, Role> valid = rows.size() <= InvitationRequest.MAX_INVITEES
                ? validRows(v, rows, standing, policy)
                : Map.of();
        v.throwIfInvalid();
        return new ValidatedRequest(valid, message, expiry);
    }

    private static Instant expiry(Validation v, InvitationRequest request, TenantSettings settings, Instant now) {
        Instant expiry = request.expiresAt().orElse(now.plus(settings.invitationDefaultTtl()));
        if (!expiry.isAfter(now)) {
            v.reject("expiresAt", "not-in-future", "must be in the future");
        } else if (expiry.isAfter(now.plus(settings.invitationMaxTtl()))) {
            v.reject("expiresAt", "beyond-ceiling", "must be within " + settings.invitationMaxTtl().toDays() + " days");
        }
        return expiry;
    }

    private static Map<EmailAddress, Role> validRows(Validation v, List<Invitee> rows, Standing standing, AccessPolicy policy) {
        Map<EmailAddress, Role> valid = new LinkedHashMap<>();
        Set<EmailAddress> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Invitee row = rows.get(i);
            String at = "invitees[" + i + "]";
            EmailAddress email = row == null ? null : v.field(at + ".email", () -> EmailAddress.parse(row.email()));
            boolean roleOk = checkRole(v, at + ".role", standing, policy, row == null ? null : row.role());
            if (email != null && !seen.add(email)) {
                v.reject(at + ".email", "duplicate", "this email appears more than once in the request");
            } else if (email != null && roleOk) {
                valid.put(email, row.role());
            }
        }
        return valid;
    }

    private static boolean checkRole(Validation v, String field, Standing standing, AccessPolicy policy, Role role) {
        if (role == null) {
            v.reject(field, "required", "choose a role");
            return false;
        }
        return policy.grantRefusal(standing.media().kind(), standing.role(), role)
                .map(refusal -> {
                    v.reject(field, refusal.code().code(), refusal.detail());
                    return false;
                })
                .orElse(true);
    }
}
