package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediaaccess.core.notification.Notification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InvitationApiTest extends ApiTest {

    @Test
    void invites_several_people_each_with_a_role_and_emails_each_a_link() {
        String id = media("Design review", "DOCUMENT");

        Api.Reply reply = api.as("olivia").post("/api/media/" + id + "/invitations", """
                {"invitees":[{"email":"bob@example.com","role":"viewer"},{"email":"Dana@Example.com","role":"CONTRIBUTOR"}],
                 "message":"Please review by Friday","expiresAt":"2030-01-20T10:00:00Z"}""");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json()).extracting(i -> i.get("email").asText() + " " + i.get("role").asText() + " " + i.get("status").asText())
                .containsExactly("bob@example.com VIEWER PENDING", "dana@example.com CONTRIBUTOR PENDING");
        assertThat(reply.json().get(0).get("message").asText()).isEqualTo("Please review by Friday");
        assertThat(reply.json().get(0).get("invitedBy").asText()).isEqualTo("Olivia Owner");
        assertThat(reply.json().get(0).get("expiresAt").asText()).isEqualTo("2030-01-20T10:00:00Z");
        assertThat(world.outbox.lastInvitationLinkTo("bob@example.com").toString()).startsWith(TestWorld.BASE_URL + "/i/");
        assertThat(world.outbox.lastInvitationLinkTo("dana@example.com").toString()).startsWith(TestWorld.BASE_URL + "/i/");
        assertThat(api.as("olivia").get("/api/media/" + id + "/invitations").json()).hasSize(2);
    }

    @Test
    void every_bad_row_is_reported_by_its_index() {
        String id = media("Town hall", "LIVE_EVENT");

        JsonNode problem = assertProblem(api.as("olivia").post("/api/media/" + id + "/invitations", """
                {"invitees":[{"email":"nope","role":"VIEWER"},{"email":"ok@example.com","role":"CONTRIBUTOR"},
                             {"email":"ok@example.com","role":"SPEAKER"}]}"""), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText() + ":" + e.get("code").asText())
                .containsExactlyInAnyOrder("invitees[0].email:invalid-email", "invitees[1].role:role-not-allowed-for-kind",
                        "invitees[2].email:duplicate");
        assertThat(world.outbox.all()).isEmpty();
    }

    @Test
    void unknown_role_names_missing_invitees_and_bad_expiries_are_field_errors() {
        String id = media("Town hall", "LIVE_EVENT");

        JsonNode unknownRole = assertProblem(api.as("olivia").post("/api/media/" + id + "/invitations",
                "{\"invitees\":[{\"email\":\"a@example.com\",\"role\":\"BOSS\"}],\"expiresAt\":\"soon\"}"), 400, "validation-failed");
        assertThat(unknownRole.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("invitees[0].role", "expiresAt");

        JsonNode none = assertProblem(api.as("olivia").post("/api/media/" + id + "/invitations", "{\"invitees\":[]}"),
                400, "validation-failed");
        assertThat(none.get("errors").get(0).get("field").asText()).isEqualTo("invitees");

        JsonNode tooLate = assertProblem(api.as("olivia").post("/api/media/" + id + "/invitations",
                "{\"invitees\":[{\"email\":\"a@example.com\",\"role\":\"VIEWER\"}],\"expiresAt\":\"2031-01-01T00:00:00Z\"}"),
                400, "validation-failed");
        assertThat(tooLate.get("errors").get(0).get("code").asText()).isEqualTo("beyond-ceiling");
    }

    @Test
    void the_invitee_accepts_as_the_signed_in_user_with_the_invited_verified_email() {
        String id = media("Design review", "DOCUMENT");
        invite(id, "bob@example.com", "CONTRIBUTOR");
        String token = world.outbox.lastInvitationTokenTo("bob@example.com");

        Api.Reply accepted = api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + token + "\"}");

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("role").asText()).isEqualTo("CONTRIBUTOR");
        assertThat(accepted.json().get("mediaId").asText()).isEqualTo(id);
        assertThat(accepted.json().get("capabilities")).extracting(JsonNode::asText).contains("EDIT");
        assertThat(accepted.json().get("pass").isNull()).isTrue();
        assertThat(accepted.all("Set-Cookie")).isEmpty();
        assertThat(api.as("bob").get("/api/media/" + id).json().get("role").asText()).isEqualTo("CONTRIBUTOR");
        assertProblem(api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + token + "\"}"), 409,
                "invitation-already-accepted");
    }

    @Test
    void someone_else_signed_in_is_refused_and_nobody_signed_in_is_asked_to_sign_in() {
        String id = media("Design review", "DOCUMENT");
        invite(id, "bob@example.com", "VIEWER");
        String token = world.outbox.lastInvitationTokenTo("bob@example.com");

        assertProblem(api.as("olivia").post("/api/invitations/accept", "{\"token\":\"" + token + "\"}"), 403,
                "invitation-email-mismatch");
        assertProblem(api.as("carol").post("/api/invitations/accept", "{\"token\":\"" + token + "\"}"), 403,
                "invitation-email-mismatch");
        assertProblem(api.post("/api/invitations/accept", "{\"token\":\"" + token + "\"}"), 401, "not-signed-in");
    }

    @Test
    void without_an_account_the_invitee_proves_the_email_with_a_one_time_code_and_gets_a_pass() {
        String id = media("Town hall", "LIVE_EVENT");
        invite(id, "dana@example.com", "SPEAKER");
        String token = world.outbox.lastInvitationTokenTo("dana@example.com");

        Api.Reply sent = api.post("/api/invitations/code", "{\"token\":\"" + token + "\"}");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("sentTo").asText()).isEqualTo("d***@example.com");
        String code = world.outbox.lastCodeTo("dana@example.com");

        Api.Reply accepted = api.post("/api/invitations/accept",
                "{\"token\":\"" + token + "\",\"code\":\"" + code + "\",\"name\":\"Dana Speaker\"}");

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("role").asText()).isEqualTo("SPEAKER");
        assertThat(accepted.json().get("pass").get("token").asText()).hasSize(43);
        JsonNode asMember = api.cookie(accepted.cookiePair()).get("/api/media/" + id).json();
        assertThat(asMember.get("role").asText()).isEqualTo("SPEAKER");
        assertThat(asMember.get("capabilities")).extracting(JsonNode::asText).contains("PRESENT");
    }

    @Test
    void a_wrong_code_is_refused_and_the_invitation_stays_pending() {
        CodeAsked asked = invitedWithCodeAsked("dana@example.com");

        assertProblem(acceptWithCode(asked.token(), asked.wrongCode()), 403, "code-invalid");
        assertProblem(acceptWithCode(asked.token(), "12ab"), 403, "code-invalid");
        assertThat(api.as("olivia").get("/api/media/" + asked.mediaId() + "/invitations").json().get(0).get("status").asText())
                .isEqualTo("PENDING");
        assertThat(acceptWithCode(asked.token(), asked.code()).status()).isEqualTo(201);
    }

    @Test
    void an_expired_code_and_an_expired_invitation_are_gone() {
        CodeAsked asked = invitedWithCodeAsked("dana@example.com");
        String id = asked.mediaId();
        String token = asked.token();
        String code = asked.code();

        world.clock.advance(Duration.ofMinutes(11));
        assertProblem(api.post("/api/invitations/accept", "{\"token\":\"" + token + "\",\"code\":\"" + code + "\"}"),
                410, "code-expired");

        world.clock.advance(Duration.ofDays(8));
        assertProblem(api.post("/api/invitations/code", "{\"token\":\"" + token + "\"}"), 410, "invitation-expired");
        assertThat(api.as("olivia").get("/api/media/" + id + "/invitations").json().get(0).get("status").asText())
                .isEqualTo("EXPIRED");
    }

    @Test
    void the_inviter_changes_a_role_and_an_accepted_member_has_it_at_once() {
        String id = media("Design review", "DOCUMENT");
        JsonNode invitation = invite(id, "bob@example.com", "VIEWER");
        api.as("bob").post("/api/invitations/accept",
                "{\"token\":\"" + world.outbox.lastInvitationTokenTo("bob@example.com") + "\"}");
        String path = "/api/media/" + id + "/invitations/" + invitation.get("id").asText();

        Api.Reply changed = api.as("olivia").patch(path, "{\"role\":\"CONTRIBUTOR\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("role").asText()).isEqualTo("CONTRIBUTOR");
        assertThat(api.as("bob").get("/api/media/" + id).json().get("role").asText()).isEqualTo("CONTRIBUTOR");
        assertProblem(api.as("olivia").patch(path, "{\"role\":\"SPEAKER\"}"), 400, "role-not-allowed-for-kind");
        assertProblem(api.as("olivia").patch(path, "{}"), 400, "validation-failed");
        assertProblem(api.as("olivia").patch(path, "{\"role\":\"CEO\"}"), 400, "validation-failed");
        assertProblem(api.as("bob").patch(path, "{\"role\":\"VIEWER\"}"), 403, "not-permitted");
    }

    @Test
    void resending_replaces_the_link_and_the_old_one_answers_like_an_unknown_one() {
        String id = media("Design review", "DOCUMENT");
        JsonNode invitation = invite(id, "bob@example.com", "VIEWER");
        String oldToken = world.outbox.lastInvitationTokenTo("bob@example.com");

        Api.Reply resent = api.as("olivia").post("/api/media/" + id + "/invitations/" + invitation.get("id").asText() + "/resend");

        assertThat(resent.status()).isEqualTo(200);
        String newToken = world.outbox.lastInvitationTokenTo("bob@example.com");
        assertThat(newToken).isNotEqualTo(oldToken);
        Api.Reply old = api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + oldToken + "\"}");
        Api.Reply unknown = api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + "B".repeat(43) + "\"}");
        assertProblem(old, 404, "invitation-not-found");
        assertThat(old.body()).isEqualTo(unknown.body());
        assertThat(api.as("bob").post("/api/invitations/accept", "{\"token\":\"" + newToken + "\"}").status()).isEqualTo(201);
    }

    @Test
    void revoking_an_accepted_invitation_removes_the_member() {
        String id = media("Town hall", "LIVE_EVENT");
        JsonNode invitation = invite(id, "dana@example.com", "VIEWER");
        String token = world.outbox.lastInvitationTokenTo("dana@example.com");
        api.post("/api/invitations/code", "{\"token\":\"" + token + "\"}");
        String cookie = api.post("/api/invitations/accept",
                "{\"token\":\"" + token + "\",\"code\":\"" + world.outbox.lastCodeTo("dana@example.com") + "\"}").cookiePair();

        Api.Reply revoked = api.as("olivia").delete("/api/media/" + id + "/invitations/" + invitation.get("id").asText());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
        assertProblem(api.cookie(cookie).get("/api/media/" + id), 401, "pass-invalid");
        assertProblem(api.as("olivia").post("/api/media/" + id + "/invitations/" + invitation.get("id").asText() + "/resend"),
                409, "invitation-closed");
        assertProblem(api.as("olivia").delete("/api/media/" + id + "/invitations/nope"), 404, "invitation-not-found");
    }

    @Test
    void an_invitation_message_with_html_is_escaped_in_the_rendered_email() {
        String id = media("Design <b>review</b>", "DOCUMENT");
        api.as("olivia").post("/api/media/" + id + "/invitations",
                "{\"invitees\":[{\"email\":\"bob@example.com\",\"role\":\"VIEWER\"}],"
                        + "\"message\":\"<img src=x onerror=alert(1)> & <a href='https://evil.example'>click</a>\"}");

        RenderedEmail email = EmailRenderer.render(world.outbox.lastInvitationTo("bob@example.com"));

        assertThat(email.htmlBody()).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;a href=&#39;https://evil.example&#39;&gt;")
                .contains("Design &lt;b&gt;review&lt;/b&gt;")
                .doesNotContain("<img", "<b>review", "href='https://evil.example'");
        assertThat(email.links()).containsExactly(world.outbox.lastInvitationLinkTo("bob@example.com").toString());
        assertThat(email.textBody()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void the_one_time_code_email_carries_the_code_and_no_link() {
        String id = media("Town hall", "LIVE_EVENT");
        invite(id, "dana@example.com", "VIEWER");
        api.post("/api/invitations/code", "{\"token\":\"" + world.outbox.lastInvitationTokenTo("dana@example.com") + "\"}");
        Notification notice = world.outbox.all().get(world.outbox.all().size() - 1);

        RenderedEmail email = EmailRenderer.render(notice);

        String code = world.outbox.lastCodeTo("dana@example.com");
        assertThat(email.to()).isEqualTo("dana@example.com");
        assertThat(email.subject()).isEqualTo("Your code for \u201cTown hall\u201d");
        assertThat(email.textBody()).contains(code);
        assertThat(email.htmlBody()).contains(code);
        assertThat(email.links()).isEmpty();
        assertThat(email.toString()).doesNotContain(code);
    }
}
