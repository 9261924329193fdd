package dev.mediaaccess.http;

import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.guestlink.model.GuestLinkState;
import dev.mediaaccess.core.media.model.Media;
import java.util.List;
import java.util.stream.Collectors;

/** The media page's Manage guest access panel: the switch, each link with its actions, and the new-link form. */
final class GuestAccessPanel {
    private GuestAccessPanel() {}

    static Html of(Media media, List<GuestLinkView> links, AccessPolicy policy) {
        Html rows = Html.join(links.stream().map(view -> linkRows(media, view)).toList());
        Html admission = Html.when(media.kind().isLive(), Html.of("""
                <label for="guest-link-admission">Admission</label>
                <select id="guest-link-admission" name="admission" data-testid="guest-link-admission">
                <option value="AUTOMATIC">Guests join at once</option>
                <option value="MODERATOR_APPROVAL">Guests wait in the lobby for a moderator</option>
                </select>
                """));
        return Html.of("""
                <section id="guest-access-panel" data-testid="guest-access-panel" class="dialog" hidden>
                <div class="dialog-head"><h2>Manage guest access</h2>
                <button type="button" class="close" data-action="close-panel" data-target="guest-access-panel" aria-label="Close">×</button></div>
                <p>Anyone with a guest link can join with a name and an email, no account needed, and can only {}.</p>
                <label class="switch"><input type="checkbox" id="guest-access-toggle" data-testid="guest-access-toggle" data-action="guest-access" {}>
                Guest access is <strong id="guest-access-state" data-testid="guest-access-state">{}</strong></label>
                <table id="guest-links" data-testid="guest-links">
                <thead><tr><th>Link</th><th>URL</th><th>State</th><th>Joined</th><th>Limits</th><th></th></tr></thead>
                <tbody>{}</tbody>
                </table>
                {}
                <form id="create-guest-link-form" data-testid="create-guest-link-form" class="stack" novalidate>
                <h3>New guest link</h3>
                <label for="guest-link-label">Label (for you)</label>
                <input id="guest-link-label" name="label" maxlength="{}" data-testid="guest-link-label">
                <label for="guest-link-expires">Expires</label>
                <select id="guest-link-expires" name="expires" data-testid="guest-link-expires">
                <option value="">Never</option><option value="PT1H">In 1 hour</option><option value="P1D">In 1 day</option>
                <option value="P7D">In 7 days</option><option value="P30D">In 30 days</option>
                </select>
                <label for="guest-link-max-joins">Maximum guests</label>
                <input id="guest-link-max-joins" name="maxJoins" type="number" min="1" max="{}" data-testid="guest-link-max-joins">
                <label for="guest-link-domains">Only emails at (comma-separated domains)</label>
                <input id="guest-link-domains" name="allowedDomains" placeholder="example.com, example.org" data-testid="guest-link-domains">
                {}
                <button type="submit" id="create-guest-link" data-testid="create-guest-link">Create link</button>
                <div id="guest-link-error" data-testid="guest-link-error" class="error" role="alert" hidden></div>
                </form>
                </section>
                """,
                guestAbilities(media, policy), Html.of(media.guestAccessEnabled() ? "checked" : ""),
                media.guestAccessEnabled() ? "on" : "off", rows,
                Html.when(links.isEmpty(), Html.of("<p id=\"guest-links-empty\" data-testid=\"guest-links-empty\">No guest links yet.</p>")),
                GuestLinkSettings.MAX_LABEL_LENGTH, GuestLinkSettings.MAX_JOINS_LIMIT, admission);
    }

    private static String guestAbilities(Media media, AccessPolicy policy) {
        return policy.capabilities(media.kind(), Role.GUEST).stream().sorted().map(Labels::of)
                .collect(Collectors.joining(", "));
    }

    /** The link's row, and for a link that can still change, its edit form's row under it. */
    private static Html linkRows(Media media, GuestLinkView view) {
        boolean revoked = view.state() == GuestLinkState.REVOKED;
        return Html.of("{}{}", linkRow(view, revoked), Html.when(!revoked, GuestLinkEditForm.row(media, view)));
    }

    private static Html linkRow(GuestLinkView view, boolean revoked) {
        GuestLinkSettings settings = view.link().settings();
        String limits = String.join("; ", List.of(
                        settings.expiresAt().map(at -> "expires " + Labels.when(at)).orElse(""),
                        settings.maxJoins().map(max -> "at most " + max + " guests").orElse(""),
                        settings.allowedDomains().isEmpty() ? "" : "only " + String.join(", ", settings.allowedDomains()),
                        settings.admission() == Admission.MODERATOR_APPROVAL ? "lobby" : "")
                .stream().filter(text -> !text.isEmpty()).toList());
        return Html.of("""
                <tr data-testid="guest-link-row" data-link-id="{}" data-state="{}">
                <td data-testid="guest-link-label">{}</td>
                <td><input type="text" readonly class="url" data-testid="guest-link-url" value="{}" aria-label="Guest link URL"></td>
                <td data-testid="guest-link-state">{}</td>
                <td data-testid="guest-link-joins">{}</td>
                <td data-testid="guest-link-limits">{}</td>
                <td class="row-actions">{}</td>
                </tr>
                """,
                view.link().id().value(), view.state().name(), settings.label().orElse("Guest link"),
                revoked ? "" : view.url().toString(), Labels.of(view.state()), view.link().joinCount(), limits,
                revoked ? Html.EMPTY : Html.of("""
                        <button type="button" data-testid="copy-guest-link" data-action="copy-link">Copy</button>
                        <button type="button" data-testid="edit-guest-link" data-action="edit-link" data-link-id="{}" aria-expanded="false">Edit</button>
                        <button type="button" data-testid="rotate-guest-link" data-action="rotate-link" data-link-id="{}">New URL</button>
                        <button type="button" data-testid="revoke-guest-link" data-action="revoke-link" data-link-id="{}">Revoke</button>
                        <span data-testid="copy-status" class="copy-status" role="status"></span>
                        """, view.link().id().value(), view.link().id().value(), view.link().id().value()));
    }
}
