package dev.mediaaccess.demo.home;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mediaaccess.core.media.application.Membership;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.demo.web.DemoPage;
import dev.mediaaccess.http.Html;
import java.net.URLEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The home page: what the demo is, and for a signed-in user the media they own (oldest first), the media others shared
 * with them as members, and a form to add one.
 */
final class HomePage {
    private HomePage() {}

    static String signedOut() {
        return DemoPage.render("Media Access demo", Optional.empty(), Html.of("""
                <p>Share media with people outside your accounts: a <strong>guest link</strong> lets anyone join with a
                name and an email; an <strong>invite link</strong> is bound to one email and carries the role you pick.</p>
                <p><a id="home-sign-in" href="/demo/login">Sign in</a> with any name and email to see your media. The
                sample media belong to the demo owner; sign in as them to share it.</p>
                """));
    }

    static String signedIn(DemoUser user, List<Media> owned, List<Membership> memberships) {
        Html ownedList = owned.isEmpty()
                ? Html.of("<p id=\"no-media\">You own no media yet. Add one below.</p>")
                : Html.of("""
                  <table id="my-media"><thead><tr><th>Title</th><th>Kind</th><th>Guest access</th></tr></thead>
                  <tbody>
                  {}</tbody></table>
                  """, Html.join(owned.stream().map(item -> row(item, item.guestAccessEnabled() ? "on" : "off")).toList()));
        Html sharedList = Html.when(!memberships.isEmpty(), Html.of("""
                  <h2>Shared with you</h2>
                  <table id="shared-media"><thead><tr><th>Title</th><th>Kind</th><th>Your role</th></tr></thead>
                  <tbody>
                  {}</tbody></table>
                  """, Html.join(memberships.stream().map(membership -> row(membership.media(), membership.role().name())).toList())));
        Html kinds = Html.join(Arrays.stream(MediaKind.values())
                .map(kind -> Html.of("<option value=\"{}\">{}</option>", kind.name(), kind.name())).toList());
        return DemoPage.render("Your media", Optional.of(user), Html.of("""
                {}{}
                <form id="create-media-form" class="card">
                  <h2>Add media</h2>
                  <label for="media-title">Title</label>
                  <input id="media-title" name="title" required maxlength="200">
                  <label for="media-kind">Kind</label>
                  <select id="media-kind" name="kind">{}</select>
                  <p><button id="create-media" type="submit">Add</button></p>
                  <p class="error" id="create-media-error" role="alert" hidden></p>
                </form>
                <script>
                document.getElementById('create-media-form').addEventListener('submit', async (event) => {
                  event.preventDefault();
                  const error = document.getElementById('create-media-error');
                  error.hidden = true;
                  const response = await fetch('/api/media', {
                    method: 'POST',
                    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                    body: JSON.stringify({title: document.getElementById('media-title').value,
                                          kind: document.getElementById('media-kind').value})
                  });
                  const body = await response.json().catch(() => ({ }));
                  if (response.ok && body.id) {
                    window.location.href = '/media/' + encodeURIComponent(body.id);
                  } else {
                    error.textContent = body.detail || ('Could not add the media (HTTP ' + response.status + ').');
                    error.hidden = false;
                  }
                });
                </script>
                """, ownedList, sharedList, kinds));
    }

    /** A media item's line: its title linking to its page, its kind, and one more cell. */
    private static Html row(Media item, String last) {
        return Html.of("""
                <tr class="media-row" data-media-id="{}"><td><a class="media-link" href="/media/{}">{}</a></td><td>{}</td><td>{}</td></tr>
                """, item.id().value(), URLEncoder.encode(item.id().value(), UTF_8).replace("+", "%20"), item.title(),
                item.kind().name(), last);
    }
}
