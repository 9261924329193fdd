package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.DecisionReason;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.application.Roster;
import dev.mediaaccess.core.participant.model.Participant;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The media page: the media (the host's player goes where the placeholder is), the caller's role and capabilities,
 * and for those who manage access the Share menu (Invite users, Manage guest access) and the Participants tab.
 * A guest waiting in the lobby gets a page that polls until a moderator decides.
 */
final class MediaPage {
    private final Wiring w;

    MediaPage(Wiring wiring) {
        this.w = wiring;
    }

    void register(RouteTable routes) {
        routes.get("/media/{mediaId}", this::show);
    }

    private void show(Context ctx) {
        MediaId id = Ids.media(ctx);
        Principal principal = w.principals().on(ctx, id);
        AccessDecision decision = w.core().accessChecks().check(principal, id, Capability.VIEW);
        if (decision.reason() == DecisionReason.LOBBY_WAITING) {
            waiting(id).writeTo(ctx, 200);
            return;
        }
        Standing standing = w.core().accessChecks().standing(principal, id);
        boolean manages = standing.may(Capability.MANAGE_ACCESS);
        boolean moderates = standing.may(Capability.MODERATE);
        Media media = standing.media();
        List<String> grantable = manages ? grantableRoles(standing) : List.of();

        Html sharePanels = Html.EMPTY;
        if (manages) {
            sharePanels = Html.of("{}{}",
                    GuestAccessPanel.of(media, w.core().guestLinkManagement().links(principal, id), w.core().policy()),
                    inviteUsersPanel(grantable, w.core().invitationManagement().list(principal, id)));
        }
        Html participants = manages || moderates
                ? participantsPanel(media, principal, w.core().participantRoster().roster(principal, id), manages, moderates)
                : Html.EMPTY;
        new Page(w.settings(), media.title(), Html.of("""
                <header class="media-header">
                <h1 id="media-title" data-testid="media-title">{}</h1>
                <p class="meta"><span id="media-kind" data-testid="media-kind" data-kind="{}">{}</span>
                · you are <strong id="my-role" data-testid="my-role" data-role="{}">{}</strong></p>
                <ul id="my-capabilities" data-testid="my-capabilities" class="chips">{}</ul>
                </header>
                {}
                <section id="media-panel" data-testid="media-panel" class="tab-panel">
                <div id="player" data-testid="player" class="player" data-media-id="{}">{}</div>
                {}
                </section>
                {}
                {}
                """,
                media.title(), media.kind().name(), Labels.capitalised(media.kind()), standing.role().name(),
                Labels.of(standing.role()), capabilities(standing.capabilities()),
                Html.when(manages || moderates, tabs()),
                media.id().value(), Labels.capitalised(media.kind()),
                Html.when(manages, shareMenus()),
                participants, sharePanels)).writeTo(ctx, 200);
    }

    private Page waiting(MediaId id) {
        return new Page(w.settings(), "Waiting in the lobby", Html.of("""
                <section id="lobby-waiting" data-testid="lobby-waiting" data-media-id="{}" class="notice">
                <h1>You are in the lobby</h1>
                <p id="lobby-waiting-detail">A moderator will let you in shortly. This page opens the session by itself.</p>
                <p id="lobby-denied" data-testid="lobby-denied" hidden>A moderator did not let you in.</p>
                </section>
                """, id.value()));
    }

    private static Html capabilities(Set<Capability> capabilities) {
        return Html.join(capabilities.stream().sorted()
                .map(capability -> Html.of("<li data-capability=\"{}\">{}</li>", capability.name(), Labels.of(capability)))
                .toList());
    }

    private static Html tabs() {
        return Html.of("""
                <nav id="media-tabs" class="tabs" role="tablist">
                <button type="button" id="tab-media" data-testid="tab-media" data-action="tab" data-target="media-panel" role="tab">Media</button>
                <button type="button" id="tab-participants" data-testid="tab-participants" data-action="tab" data-target="participants-panel" role="tab">Participants</button>
                </nav>
                """);
    }

    private static Html shareMenus() {
        return Html.of("""
                <div class="actions">
                <div class="menu" id="share-menu" data-testid="share-menu">
                <button type="button" id="share-button" data-testid="share-button" data-action="toggle" data-target="share-options" aria-expanded="false">Share</button>
                <div id="share-options" class="menu-items" hidden>
                <button type="button" id="share-invite-users" data-testid="share-invite-users" data-action="open-panel" data-target="invite-users-panel">Invite users</button>
                <button type="button" id="share-manage-guest-access" data-testid="share-manage-guest-access" data-action="open-panel" data-target="guest-access-panel">Manage guest access</button>
                </div>
                </div>
                <div class="menu" id="more-menu" data-testid="more-menu">
                <button type="button" id="more-button" data-testid="more-button" data-action="toggle" data-target="more-options" aria-expanded="false" aria-label="More">⋯</button>
                <div id="more-options" class="menu-items" hidden>
                <button type="button" id="more-invite-users" data-testid="more-invite-users" data-action="open-panel" data-target="invite-users-panel">Invite users</button>
                <button type="button" id="more-manage-guest-access" data-testid="more-manage-guest-access" data-action="open-panel" data-target="guest-access-panel">Manage guest access</button>
                </div>
                </div>
                </div>
                """);
    }

    private Html inviteUsersPanel(List<String> grantable, List<InvitationView> invitations) {
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

    private Html participantsPanel(Media media, Principal principal, Roster roster, boolean manages, boolean moderates) {
        Html lobby = Html.EMPTY;
        if (media.kind().isLive()) {
            lobby = Html.of("""
                    <h3>Lobby</h3>
                    <ul id="lobby" data-testid="lobby" class="people">{}</ul>
                    {}
                    """,
                    Html.join(roster.lobby().stream().map(p -> lobbyEntry(p, moderates)).toList()),
                    Html.when(roster.lobby().isEmpty(), Html.of("<p id=\"lobby-empty\" data-testid=\"lobby-empty\">Nobody is waiting.</p>")));
        }
        Html menu = Html.when(manages, Html.of("""
                <div class="menu" id="participants-menu" data-testid="participants-menu">
                <button type="button" id="participants-menu-button" data-testid="participants-menu-button" data-action="toggle" data-target="participants-options" aria-expanded="false" aria-label="Participant options">⋯</button>
                <div id="participants-options" class="menu-items" hidden>
                <button type="button" id="participants-invite-users" data-testid="participants-invite-users" data-action="open-panel" data-target="invite-users-panel">Invite users</button>
                <button type="button" id="participants-invite-guests" data-testid="participants-invite-guests" data-action="open-panel" data-target="guest-access-panel">Invite guests</button>
                </div>
                </div>
                """));
        return Html.of("""
                <section id="participants-panel" data-testid="participants-panel" class="tab-panel" hidden>
                <div class="panel-head"><h2>All participants</h2>{}</div>
                <div id="participants-error" data-testid="participants-error" class="error" role="alert" hidden></div>
                {}
                <h3>Owner</h3>
                <p id="participants-owner" data-testid="participants-owner" data-user-id="{}">{}</p>
                <h3>Members</h3>
                <table id="members" data-testid="members"><tbody>{}</tbody></table>
                <h3>Guests</h3>
                <table id="guests" data-testid="guests"><tbody>{}</tbody></table>
                <h3>Removed or turned away</h3>
                <table id="departed" data-testid="departed"><tbody>{}</tbody></table>
                </section>
                """,
                menu, lobby, media.owner().value(), ownerAsSeenBy(principal, media),
                rows(roster.members(), "member-row", manages), rows(roster.guests(), "guest-row", manages),
                rows(roster.departed(), "departed-row", false));
    }

    /** The owner's user id means nothing to the owner; to them the panel shows their own name. */
    private static String ownerAsSeenBy(Principal principal, Media media) {
        if (principal instanceof Principal.User user && user.tenant().equals(media.tenant()) && user.id().equals(media.owner())) {
            return "You (" + user.name().value() + ")";
        }
        return media.owner().value();
    }

        private static Html lobbyEntry(Participant p, boolean moderates) {
        return Html.of("""
                <li data-testid="lobby-entry" data-participant-id="{}">
                <span data-testid="participant-name">{}</span> <span data-testid="participant-email" class="email">{}</span>
                {}
                </li>
                """, p.id().value(), p.name().value(), p.email().value(),
                Html.when(moderates, Html.of("""
                        <button type="button" data-testid="admit-participant" data-action="admit" data-participant-id="{}">Admit</button>
                        <button type="button" data-testid="deny-participant" data-action="deny" data-participant-id="{}">Deny</button>
                        """, p.id().value(), p.id().value())));
    }

    private static Html rows(List<Participant> participants, String testId, boolean removable) {
        if (participants.isEmpty()) {
            return Html.of("<tr class=\"empty\"><td>None</td></tr>");
        }
        return Html.join(participants.stream().map(p -> Html.of("""
                <tr data-testid="{}" data-participant-id="{}" data-status="{}">
                <td data-testid="participant-name">{}</td>
                <td data-testid="participant-email" class="email">{}</td>
                <td data-testid="participant-role">{}</td>
                <td data-testid="participant-joined">{}</td>
                <td class="row-actions">{}</td>
                </tr>
                """, testId, p.id().value(), p.status().name(), p.name().value(), p.email().value(), Labels.of(p.role()),
                Labels.when(p.joinedAt()),
                Html.when(removable, Html.of(
                        "<button type=\"button\" data-testid=\"remove-participant\" data-action=\"remove-participant\" data-participant-id=\"{}\">Remove</button>",
                        p.id().value())))).toList());
    }

    private List<String> grantableRoles(Standing standing) {
        AccessPolicy policy = w.core().policy();
        var kind = standing.media().kind();
        return policy.invitableRoles(kind).stream().sorted()
                .filter(role -> policy.mayGrant(kind, standing.role(), role)).map(Role::name).toList();
    }
}
