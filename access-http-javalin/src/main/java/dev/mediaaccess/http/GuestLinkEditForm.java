package dev.mediaaccess.http;

import dev.mediaaccess.core.guestlink.application.GuestLinkView;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.media.model.Media;
import java.util.List;

/**
 * The form under a guest link's row that changes its settings in place (the URL stays): filled with the current
 * settings and sent as a merge patch by the page script. The expiry choices are relative ("in 7 days"), so a link that
 * has an expiry is offered "keep", which leaves the exact instant out of the patch.
 */
final class GuestLinkEditForm {
    private static final List<String[]> EXPIRY_CHOICES = List.of(
            new String[] {"PT1H", "In 1 hour"}, new String[] {"P1D", "In 1 day"}, new String[] {"P7D", "In 7 days"},
            new String[] {"P30D", "In 30 days"});

    private GuestLinkEditForm() {}

    /** The hidden table row holding the form of one link; the link row's Edit button shows it. */
    static Html row(Media media, GuestLinkView view) {
        GuestLinkSettings settings = view.link().settings();
        String id = view.link().id().value();
        return Html.of("""
                <tr id="guest-link-edit-{}" data-testid="guest-link-edit-row" data-link-id="{}" hidden>
                <td colspan="6">
                <form data-form="edit-guest-link" data-testid="edit-guest-link-form" data-link-id="{}" class="stack" novalidate>
                <h3>Edit {}</h3>
                <label for="edit-guest-link-label-{}">Label (for you)</label>
                <input id="edit-guest-link-label-{}" name="label" maxlength="{}" data-testid="edit-guest-link-label" value="{}">
                <label for="edit-guest-link-expires-{}">Expires</label>
                <select id="edit-guest-link-expires-{}" name="expires" data-testid="edit-guest-link-expires">{}</select>
                <label for="edit-guest-link-max-joins-{}">Maximum guests</label>
                <input id="edit-guest-link-max-joins-{}" name="maxJoins" type="number" min="1" max="{}" data-testid="edit-guest-link-max-joins" value="{}">
                <label for="edit-guest-link-domains-{}">Only emails at (comma-separated domains)</label>
                <input id="edit-guest-link-domains-{}" name="allowedDomains" placeholder="example.com, example.org" data-testid="edit-guest-link-domains" value="{}">
                {}
                <div class="form-actions">
                <button type="submit" data-testid="save-guest-link">Save</button>
                <button type="button" data-testid="cancel-edit-guest-link" data-action="cancel-edit-link" data-link-id="{}">Cancel</button>
                </div>
                <div id="edit-guest-link-error-{}" data-testid="edit-guest-link-error" class="error" role="alert" hidden></div>
                </form>
                </td>
                </tr>
                """,
                id, id, id, settings.label().orElse("guest link"),
                id, id, GuestLinkSettings.MAX_LABEL_LENGTH, settings.label().orElse(""),
                id, id, expiryOptions(settings),
                id, id, GuestLinkSettings.MAX_JOINS_LIMIT, settings.maxJoins().map(String::valueOf).orElse(""),
                id, id, String.join(", ", settings.allowedDomains()),
                Html.when(media.kind().isLive(), admission(id, settings.admission())),
                id, id);
    }

    private static Html expiryOptions(GuestLinkSettings settings) {
        Html current = settings.expiresAt()
                .map(at -> Html.of("<option value=\"keep\" selected>Keep: {}</option><option value=\"\">Never</option>",
                        Labels.when(at)))
                .orElse(Html.of("<option value=\"\" selected>Never</option>"));
        return Html.of("{}{}", current, Html.join(EXPIRY_CHOICES.stream()
                .map(choice -> Html.of("<option value=\"{}\">{}</option>", choice[0], choice[1])).toList()));
    }

    private static Html admission(String id, Admission admission) {
        return Html.of("""
                <label for="edit-guest-link-admission-{}">Admission</label>
                <select id="edit-guest-link-admission-{}" name="admission" data-testid="edit-guest-link-admission">
                <option value="AUTOMATIC"{}>Guests join at once</option>
                <option value="MODERATOR_APPROVAL"{}>Guests wait in the lobby for a moderator</option>
                </select>
                """, id, id, selectedIf(admission == Admission.AUTOMATIC), selectedIf(admission == Admission.MODERATOR_APPROVAL));
    }

    private static Html selectedIf(boolean selected) {
        return Html.of(selected ? " selected" : "");
    }
}
