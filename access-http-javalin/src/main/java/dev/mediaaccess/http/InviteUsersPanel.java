package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import java.util.List;

/**
 * The media page's Invite users panel: the form (one row per invitee, each with a role the caller may grant) and every
 * invitation with its status, its role (changeable while open, to a role the caller may grant) and its actions.
 */
final class InviteUsersPanel {
    private InviteUsersPanel() {}

    /** @param grantable the roles the caller may give, in role order, as the core's standing says */
    static Html of(List<String> grantable, List<InvitationView> invitations) {
        Html roleOptions = roleOptions(grantable, null);
        Html rows = Html.join(invitations.stream().map(view -> invitationRow(view, grantable)).toList());
        return Html.of("""
                <section id="invite-users-panel" data-testid="invite-users-panel" class="dialog" hidden>
                <div class="dialog-head"><h2>Invite users</h2>
                <button type="button" class="close" data-action="close-panel" data-target="invite-users-panel" aria-label="Close">×</button></div>
                <p>Each invitation works only for the email it is sent to, with the role you choose.</p>
                <form id="invite-form" data-testid="invite-form" class="stack" novalidate>
                <div id="invitee-rows" data-testid="invitee-rows">
                <template id="invitee-row-template">{}</template>
                {}
                </div>
                <button type="button" id="add-invitee" data-testid="add-invitee" data-action="add-invitee">Add another person</button>
                <label for="invite-message">Message (optional)</label>
                <textarea id="invite-message" name="message" maxlength="2000" data-testid="invite-message"></textarea>
                <label for="invite-expires">Invitations expire</label>
                <select id="invite-expires" name="expires" data-testid="invite-expires">
                <option value="">In 7 days (default)</option><option value="P1D">In 1 day</option>
                <option value="P14D">In 14 days</option><option value="P30D">In 30 days</option>
                </select>
                <button type="submit" id="send-invitations" data-testid="send-invitations">Send invitations</button>
                <div id="invite-error" data-testid="invite-error" class="error" role="alert" hidden></div>
                </form>
                <h3>Invitations</h3>
                <table id="invitations" data-testid="invitations">
                <thead><tr><th>Email</th><th>Role</th><th>Status</th><th>Expires</th><th></th></tr></thead>
                <tbody>{}</tbody>
                </table>
                {}
                </section>
                """,
                inviteeRow(roleOptions), inviteeRow(roleOptions), rows,
                Html.when(invitations.isEmpty(), Html.of("<p id=\"invitations-empty\" data-testid=\"invitations-empty\">Nobody invited yet.</p>")));
    }

    private static Html inviteeRow(Html roleOptions) {
        return Html.of("""
                <div class="invitee-row" data-testid="invitee-row">
                <input type="email" name="email" data-testid="invitee-email" placeholder="name@example.com" aria-label="Email">
                <select name="role" data-testid="invitee-role" aria-label="Role">{}</select>
                <button type="button" data-testid="remove-invitee" data-action="remove-invitee" aria-label="Remove">×</button>
                </div>
                """, roleOptions);
    }

    private static Html roleOptions(List<String> roles, String selected) {
        return Html.join(roles.stream()
                .map(role -> Html.of("<option value=\"{}\"{}>{}</option>", role,
                        Html.of(role.equals(selected) ? " selected" : ""), Labels.of(Role.valueOf(role))))
                .toList());
    }

    private static Html invitationRow(InvitationView view, List<String> grantable) {
        String role = view.invitation().role().name();
        boolean open = view.status() == InvitationStatus.PENDING || view.status() == InvitationStatus.ACCEPTED;
        boolean changeable = open && grantable.contains(role);
        List<String> choices = grantable.contains(role) ? grantable : List.of(role);
        String id = view.invitation().id().value();
        return Html.of("""
                <tr data-testid="invitation-row" data-invitation-id="{}" data-status="{}">
                <td data-testid="invitation-email">{}</td>
                <td><select data-testid="invitation-role" data-action="change-role" data-invitation-id="{}" aria-label="Role"{}>{}</select></td>
                <td data-testid="invitation-status">{}</td>
                <td data-testid="invitation-expires">{}</td>
                <td class="row-actions">{}{}</td>
                </tr>
                """,
                id, view.status().name(), view.invitation().email().value(), id, Html.of(changeable ? "" : " disabled"),
                roleOptions(choices, role), Labels.of(view.status()), Labels.when(view.invitation().expiresAt()),
                Html.when(view.invitation().status() == InvitationStatus.PENDING, Html.of(
                        "<button type=\"button\" data-testid=\"resend-invitation\" data-action=\"resend-invitation\" data-invitation-id=\"{}\">Resend</button>", id)),
                Html.when(view.status() != InvitationStatus.REVOKED, Html.of(
                        "<button type=\"button\" data-testid=\"revoke-invitation\" data-action=\"revoke-invitation\" data-invitation-id=\"{}\">Revoke</button>", id)));
    }
}
