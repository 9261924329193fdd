package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PagesTest extends ApiTest {

    @Test
    void the_owner_sees_the_share_menu_with_both_panels_and_the_participants_tab() {
        String id = media("Lecture", "VIDEO");
        JsonNode link = enableGuests(id);
        invite(id, "bob@example.com", "VIEWER");

        Api.Reply page = api.as("olivia").get("/media/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(
                "id=\"media-title\" data-testid=\"media-title\">Lecture<",
                "data-role=\"OWNER\"",
                "id=\"share-button\"", "id=\"share-invite-users\"", "id=\"share-manage-guest-access\"",
                "id=\"guest-access-toggle\" data-testid=\"guest-access-toggle\" data-action=\"guest-access\" checked",
                "data-testid=\"guest-link-row\" data-link-id=\"" + link.get("id").asText() + "\"",
                "value=\"" + link.get("url").asText() + "\"",
                "data-testid=\"copy-guest-link\"", "data-testid=\"rotate-guest-link\"", "data-testid=\"revoke-guest-link\"",
                "id=\"create-guest-link-form\"",
                "id=\"invite-form\"", "data-testid=\"invitee-email\"", "<option value=\"CONTRIBUTOR\">contributor</option>",
                "data-testid=\"invitation-row\"", "bob@example.com", "data-testid=\"resend-invitation\"",
                "id=\"tab-participants\"", "id=\"participants-panel\"");
        assertThat(page.body()).doesNotContain("id=\"lobby\"", "guest-link-admission");
        assertThat(page.body()).contains("<script defer src=\"/assets/access.js\"></script>").doesNotContain("<script>");
    }

    @Test
    void live_media_has_the_participants_menu_lobby_and_admission_choice() {
        String id = media("Town hall", "LIVE_EVENT");
        enableGuests(id);
        String token = tokenOf(createLink(id, "{\"admission\":\"MODERATOR_APPROVAL\"}"));
        String waiting = join(token, "Walt", "walt@example.com").json().get("participantId").asText();

        String body = api.as("olivia").get("/media/" + id).body();

        assertThat(body).contains("id=\"participants-invite-users\"", "id=\"participants-invite-guests\"",
                "id=\"lobby\"", "data-testid=\"lobby-entry\" data-participant-id=\"" + waiting + "\"",
                "data-testid=\"admit-participant\"", "data-testid=\"deny-participant\"", "id=\"guest-link-admission\"",
                "<option value=\"MODERATOR\">moderator</option>");
    }

    @Test
    void each_link_that_can_still_change_has_an_edit_form_filled_with_its_settings() {
        String id = media("Town hall", "ROOM_SESSION");
        JsonNode open = enableGuests(id);
        JsonNode partners = createLink(id, "{\"label\":\"Partners <b>\",\"expiresAt\":\"2030-01-15T10:30:00Z\",\"maxJoins\":50,"
                + "\"allowedDomains\":[\"partner.org\",\"example.org\"],\"admission\":\"MODERATOR_APPROVAL\"}");
        JsonNode revoked = createLink(id, "{}");
        api.as("olivia").delete("/api/media/" + id + "/guest-links/" + revoked.get("id").asText());

        String body = api.as("olivia").get("/media/" + id).body();

        String p = partners.get("id").asText();
        assertThat(body).contains(
                "data-testid=\"edit-guest-link\" data-action=\"edit-link\" data-link-id=\"" + p + "\"",
                "<tr id=\"guest-link-edit-" + p + "\" data-testid=\"guest-link-edit-row\" data-link-id=\"" + p + "\" hidden>",
                "<form data-form=\"edit-guest-link\" data-testid=\"edit-guest-link-form\" data-link-id=\"" + p + "\"",
                "data-testid=\"edit-guest-link-label\" value=\"Partners &lt;b&gt;\"",
                "<option value=\"keep\" selected>Keep: 15 Jan 2030, 10:30 UTC</option><option value=\"\">Never</option>",
                "data-testid=\"edit-guest-link-max-joins\" value=\"50\"",
                "data-testid=\"edit-guest-link-domains\" value=\"example.org, partner.org\"",
                "<option value=\"MODERATOR_APPROVAL\" selected>",
                "data-testid=\"save-guest-link\"", "data-testid=\"cancel-edit-guest-link\"",
                "id=\"edit-guest-link-error-" + p + "\" data-testid=\"edit-guest-link-error\"");
        String o = open.get("id").asText();
        assertThat(body).contains("id=\"guest-link-edit-" + o + "\"",
                "id=\"edit-guest-link-label-" + o + "\" name=\"label\" maxlength=\"100\" data-testid=\"edit-guest-link-label\" value=\"\"",
                "id=\"edit-guest-link-expires-" + o + "\" name=\"expires\" data-testid=\"edit-guest-link-expires\"><option value=\"\" selected>Never</option>",
                "id=\"edit-guest-link-admission-" + o + "\"");
        assertThat(body).doesNotContain("guest-link-edit-" + revoked.get("id").asText(), "Partners <b>");
        assertThat(body.split("data-testid=\"edit-guest-link-form\"", -1)).hasSize(3);
    }

    @Test
    void edit_forms_of_media_without_a_lobby_offer_no_admission() {
        String id = media("Lecture", "VIDEO");
        String link = enableGuests(id).get("id").asText();

        String body = api.as("olivia").get("/media/" + id).body();

        assertThat(body).contains("id=\"guest-link-edit-" + link + "\"").doesNotContain("edit-guest-link-admission");
    }

    @Test
    void the_participants_tab_names_the_owner_to_themselves_and_shows_others_the_owners_id() {
        String id = media("Town hall", "LIVE_EVENT");
        invite(id, "bob@example.com", "MODERATOR");
        Api.Reply accepted = api.as("bob").post("/api/invitations/accept",
                "{\"token\":\"" + world.outbox.lastInvitationTokenTo("bob@example.com") + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);

        String owners = api.as("olivia").get("/media/" + id).body();
        String moderators = api.as("bob").get("/media/" + id).body();

        assertThat(owners).contains(
                "<p id=\"participants-owner\" data-testid=\"participants-owner\" data-user-id=\"olivia\">You (Olivia Owner)</p>");
        assertThat(moderators).contains("data-role=\"MODERATOR\"",
                "<p id=\"participants-owner\" data-testid=\"participants-owner\" data-user-id=\"olivia\">olivia</p>");
    }

    @Test
    void a_guest_sees_the_media_with_limited_capabilities_and_no_share_menu() {
        String id = media("Lecture", "VIDEO");
        String cookie = join(tokenOf(enableGuests(id)), "Ann", "ann@example.com").cookiePair();

        Api.Reply page = api.cookie(cookie).get("/media/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-role=\"GUEST\"", "<li data-capability=\"VIEW\">view</li>", "id=\"player\"")
                .doesNotContain("share-button", "guest-access-panel", "participants-panel", "invite-form", "data-capability=\"EDIT\"");
    }

    @Test
    void a_guest_named_like_a_script_shows_escaped_in_the_participants_page() {
        String id = media("Town hall", "ROOM_SESSION");
        join(tokenOf(enableGuests(id)), "<script>alert(1)</script>", "ann@example.com");

        String body = api.as("olivia").get("/media/" + id).body();

        assertThat(body).contains("<td data-testid=\"participant-name\">&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void titles_and_labels_typed_by_people_are_escaped_everywhere() {
        String id = media("Q&A <i>live</i> \\\"quoted\\\"", "VIDEO");
        enableGuests(id);
        createLink(id, "{\"label\":\"<b onmouseover=x>\"}");

        String body = api.as("olivia").get("/media/" + id).body();

        assertThat(body).contains("<title>Q&amp;A &lt;i&gt;live&lt;/i&gt; &quot;quoted&quot;</title>", "&lt;b onmouseover=x&gt;")
                .doesNotContain("<i>live</i>", "<b onmouseover");
    }

    @Test
    void pages_refuse_like_the_api_but_in_html() {
        String id = media("Lecture", "VIDEO");

        Api.Reply anonymous = api.get("/media/" + id);
        Api.Reply stranger = api.as("bob").get("/media/" + id);
        Api.Reply missing = api.as("olivia").get("/media/nope");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("id=\"error-page\"", "data-code=\"not-signed-in\"");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.body()).contains("data-code=\"not-permitted\"");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("data-code=\"media-not-found\"");
        assertThat(api.get("/media/" + id + "/nothing").status()).isEqualTo(404);
    }

    @Test
    void a_guest_in_the_lobby_gets_a_waiting_page_that_polls() {
        String id = media("Town hall", "LIVE_EVENT");
        enableGuests(id);
        String cookie = join(tokenOf(createLink(id, "{\"admission\":\"MODERATOR_APPROVAL\"}")), "Walt", "walt@example.com")
                .cookiePair();

        Api.Reply page = api.cookie(cookie).get("/media/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"lobby-waiting\" data-testid=\"lobby-waiting\" data-media-id=\"" + id + "\"",
                "id=\"lobby-denied\"").doesNotContain("id=\"player\"");
    }

    @Test
    void the_guest_join_page_shows_what_the_link_leads_to_and_the_form() {
        String id = media("Town <hall>", "LIVE_EVENT");
        enableGuests(id);
        JsonNode link = createLink(id, "{\"allowedDomains\":[\"partner.org\"],\"admission\":\"MODERATOR_APPROVAL\"}");
        String token = tokenOf(link);

        Api.Reply page = api.get("/g/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"join-media-title\" data-testid=\"join-media-title\">Town &lt;hall&gt;<",
                "id=\"join-form\" data-testid=\"join-form\" data-token=\"" + token + "\"",
                "id=\"guest-name\"", "id=\"guest-email\"", "id=\"join-button\"", "id=\"join-error\"",
                "Only emails at partner.org can join.", "id=\"join-lobby-note\"");
        assertThat(page.header("Referrer-Policy")).contains("no-referrer");
        assertThat(page.header("Cache-Control")).contains("no-store");
    }

    @Test
    void expired_full_and_switched_off_links_get_clear_pages() {
        String id = media("Lecture", "VIDEO");
        String open = tokenOf(enableGuests(id));
        String full = tokenOf(createLink(id, "{\"maxJoins\":1}"));
        String soon = tokenOf(createLink(id, "{\"expiresAt\":\"2030-01-15T10:30:00Z\"}"));
        join(full, "Ann", "ann@example.com");
        world.clock.advance(Duration.ofHours(1));

        Api.Reply expired = api.get("/g/" + soon);
        Api.Reply exhausted = api.get("/g/" + full);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("id=\"link-expired\"");
        assertThat(exhausted.status()).isEqualTo(410);
        assertThat(exhausted.body()).contains("id=\"link-exhausted\"");

        api.as("olivia").put("/api/media/" + id + "/guest-access", "{\"enabled\":false}");
        Api.Reply off = api.get("/g/" + open);
        assertThat(off.status()).isEqualTo(403);
        assertThat(off.body()).contains("id=\"guest-access-off\"");
    }

    @Test
    void unknown_revoked_and_rotated_links_get_the_same_page() {
        String id = media("Lecture", "VIDEO");
        JsonNode first = enableGuests(id);
        JsonNode second = createLink(id, "{}");
        api.as("olivia").post("/api/media/" + id + "/guest-links/" + first.get("id").asText() + "/rotate");
        api.as("olivia").delete("/api/media/" + id + "/guest-links/" + second.get("id").asText());

        Api.Reply rotated = api.get("/g/" + tokenOf(first));
        Api.Reply revoked = api.get("/g/" + tokenOf(second));
        Api.Reply unknown = api.get("/g/" + "U".repeat(43));
        Api.Reply garbage = api.get("/g/%3Cscript%3E");

        for (Api.Reply reply : new Api.Reply[] {rotated, revoked, unknown, garbage}) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).isEqualTo(unknown.body()).contains("id=\"link-invalid\"");
        }
    }

    @Test
    void the_invitation_page_says_who_invited_whom_to_what_and_offers_a_code() {
        String id = media("Design review", "DOCUMENT");
        api.as("olivia").post("/api/media/" + id + "/invitations",
                "{\"invitees\":[{\"email\":\"dana@example.com\",\"role\":\"CONTRIBUTOR\"}],\"message\":\"<b>hi</b>\"}");
        String token = world.outbox.lastInvitationTokenTo("dana@example.com");

        Api.Reply page = api.get("/i/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-token=\"" + token + "\"",
                "id=\"invitation-inviter\" data-testid=\"invitation-inviter\">Olivia Owner<",
                "id=\"invitation-media-title\" data-testid=\"invitation-media-title\">Design review<",
                "data-role=\"CONTRIBUTOR\"", "d***@example.com", "&lt;b&gt;hi&lt;/b&gt;",
                "id=\"request-code\"", "id=\"code-form\"", "id=\"invitation-code\"", "id=\"accept-with-code\"")
                .doesNotContain("dana@example.com", "id=\"accept-signed-in\"", "<b>hi</b>");
        assertThat(api.as("bob").get("/i/" + token).body()).contains("id=\"accept-signed-in\"", "Accept as Bob Viewer");
    }

    @Test
    void expired_accepted_and_invalid_invitations_get_clear_pages() {
        String id = media("Design review", "DOCUMENT");
        JsonNode toBob = invite(id, "bob@example.com", "VIEWER");
        String bobToken = world.outbox.lastInvitationTokenTo("bob@example.com");
        invite(id, "dana@example.com", "VIEWER");
        String danaToken = world.outbox.lastInvitationTokenTo("dana@example.com");
        api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + bobToken + "\"}");

        Api.Reply accepted = api.get("/i/" + bobToken);
        assertThat(accepted.status()).isEqualTo(409);
        assertThat(accepted.body()).contains("id=\"invitation-accepted\"");

        JsonNode toErin = invite(id, "erin@example.com", "VIEWER");
        String erinOld = world.outbox.lastInvitationTokenTo("erin@example.com");
        api.as("olivia").post("/api/media/" + id + "/invitations/" + toErin.get("id").asText() + "/resend");
        JsonNode toFay = invite(id, "fay@example.com", "VIEWER");
        String fayToken = world.outbox.lastInvitationTokenTo("fay@example.com");
        api.as("olivia").delete("/api/media/" + id + "/invitations/" + toFay.get("id").asText());
        Api.Reply unknown = api.get("/i/" + "V".repeat(43));
        for (Api.Reply reply : new Api.Reply[] {api.get("/i/" + erinOld), api.get("/i/" + fayToken), unknown}) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).isEqualTo(unknown.body()).contains("id=\"invitation-invalid\"");
        }

        world.clock.advance(Duration.ofDays(8));
        Api.Reply expired = api.get("/i/" + danaToken);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("id=\"invitation-expired\"");
        assertThat(toBob.get("id").asText()).isNotBlank();
    }

    @Test
    void the_script_and_stylesheet_are_served_and_nothing_else() {
        Api.Reply script = api.get("/assets/access.js");
        Api.Reply style = api.get("/assets/access.css");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.body()).contains("textContent").doesNotContain("innerHTML");
        assertThat(style.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertProblem(api.get("/assets/secret.properties"), 404, "not-found");
    }
}
