package dev.mediaaccess.demo.home;

import static dev.mediaaccess.demo.web.Html.escape;

import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.demo.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The home page: what the demo is, and for a signed-in user their media and a form to add one. */
final class HomePage {
    private HomePage() {}

    static String signedOut() {
        return Html.page("Media Access demo", Optional.empty(), """
                <p>Share media with people outside your accounts: a <strong>guest link</strong> lets anyone join with a
                name and an email; an <strong>invite link</strong> is bound to one email and carries the role you pick.</p>
                <p><a id="home-sign-in" href="/demo/login">Sign in</a> with any name and email to see your media. The
                sample media belong to the demo owner; sign in as them to share it.</p>
                """);
    }

    static String signedIn(DemoUser user, List<Media> media) {
        StringBuilder rows = new StringBuilder();
        for (Media item : media) {
            rows.append("<tr class=\"media-row\" data-media-id=\"").append(escape(item.id().value())).append("\">")
                    .append("<td><a class=\"media-link\" href=\"/media/")
                    .append(escape(URLEncoder.encode(item.id().value(), StandardCharsets.UTF_8).replace("+", "%20")))
                    .append("\">").append(escape(item.title())).append("</a></td>")
                    .append("<td>").append(escape(item.kind().name())).append("</td>")
                    .append("<td>").append(item.guestAccessEnabled() ? "on" : "off").append("</td></tr>\n");
        }
        String list = media.isEmpty()
                ? "<p id=\"no-media\">You own no media yet. Add one below.</p>"
                : """
                  <table id="my-media"><thead><tr><th>Title</th><th>Kind</th><th>Guest access</th></tr></thead>
                  <tbody>
                  %s</tbody></table>
                  """.formatted(rows);
        StringBuilder kinds = new StringBuilder();
        for (MediaKind kind : MediaKind.values()) {
            kinds.append("<option value=\"").append(kind.name()).append("\">").append(kind.name()).append("</option>");
        }
        return Html.page("Your media", Optional.of(user), """
                %s
                <form id="create-media-form" class="card">
                  <h2>Add media</h2>
                  <label for="media-title">Title</label>
                  <input id="media-title" name="title" required maxlength="200">
                  <label for="media-kind">Kind</label>
                  <select id="media-kind" name="kind">%s</select>
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
                  const body = await response.json().catch(() => ({}));
                  if (response.ok && body.id) {
                    window.location.href = '/media/' + encodeURIComponent(body.id);
                  } else {
                    error.textContent = body.detail || ('Could not add the media (HTTP ' + response.status + ').');
                    error.hidden = false;
                  }
                });
                </script>
                """.formatted(list, kinds));
    }
}
