package dev.mediaaccess.demo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Guest links and invite links end to end, in real headless Chromium against the real demo server (SQLite in a
 * temporary folder). Every person has a browser of their own, with its own cookies.
 */
class SharingBrowserTest extends OnDemoServerInChromium {
    private static final String OWNER = "owner@example.com";

    @AfterEach
    void closeBrowsers() {
        chromium.close();
    }

    @Test
    void the_owner_turns_guest_access_on_and_a_guest_who_joins_with_name_and_email_appears_in_participants() {
        DemoBrowser owner = browser("guest-link");
        owner.signIn(OWNER, "Olive Owner");
        owner.open("/");
        owner.screenshot("home-owner");
        owner.click("a.media-link[href='/media/sample-live-event']");
        owner.find("#media-title");
        owner.screenshot("media-page");

        String guestLink = turnGuestAccessOnAndCopyLink(owner);

        DemoBrowser guest = browser("guest-link");
        guest.open(guestLink);
        assertThat(guest.find("#join-media-title").getText()).isEqualTo("Quarterly all-hands (live event)");
        guest.screenshot("guest-join-page");
        guest.type("#guest-name", "Gale Guest");
        guest.type("#guest-email", "gale@guests.example.org");
        guest.click("#join-button");
        guest.waitFor().until(ExpectedConditions.attributeToBe(By.id("my-role"), "data-role", "GUEST"));
        assertThat(guest.driver().getCurrentUrl()).endsWith("/media/sample-live-event");
        guest.screenshot("guest-on-media-page");

        owner.open("/media/sample-live-event");
        owner.click("#tab-participants");
        WebElement guestRow = owner.find("#guests [data-testid='guest-row']");
        assertThat(guestRow.findElement(By.cssSelector("[data-testid='participant-name']")).getText()).isEqualTo("Gale Guest");
        assertThat(guestRow.findElement(By.cssSelector("[data-testid='participant-email']")).getText()).isEqualTo("gale@guests.example.org");
        owner.screenshot("participants-with-guest");
    }

    @Test
    void an_invited_speaker_opens_the_link_from_the_mailbox_proves_the_email_with_a_code_and_gets_the_speaker_role() {
        DemoBrowser owner = browser("invite-speaker");
        owner.signIn(OWNER, "Olive Owner");
        invite(owner, "/media/sample-room-session", "sam@speakers.example.org", "SPEAKER");

        DemoBrowser speaker = browser("invite-speaker");
        speaker.open(speaker.linkInMailbox("sam@speakers.example.org"));
        assertThat(speaker.find("#invitation-role").getAttribute("data-role")).isEqualTo("SPEAKER");
        assertThat(speaker.find("#invitation-inviter").getText()).isEqualTo("Olive Owner");
        speaker.screenshot("invitation-page");
        speaker.click("#request-code");
        speaker.find("#code-form");
        speaker.type("#invitation-code", speaker.codeInMailbox("sam@speakers.example.org"));
        speaker.type("#invitee-name", "Sam Speaker");
        speaker.screenshot("invitation-code-entered");
        speaker.click("#accept-with-code");

        speaker.waitFor().until(ExpectedConditions.attributeToBe(By.id("my-role"), "data-role", "SPEAKER"));
        assertThat(speaker.driver().getCurrentUrl()).endsWith("/media/sample-room-session");
        assertThat(speaker.find("#my-capabilities").getText()).isNotBlank();
        speaker.screenshot("speaker-on-media-page");

        owner.open("/media/sample-room-session#invite-users");
        assertThat(invitationRow(owner, "sam@speakers.example.org").getAttribute("data-status")).isEqualTo("ACCEPTED");
        owner.click("#tab-participants");
        owner.find("#participants-panel");
        assertThat(owner.findAll("#members [data-testid='member-row']"))
                .anySatisfy(member -> {
                    assertThat(member.findElement(By.cssSelector("[data-testid='participant-name']")).getText()).isEqualTo("Sam Speaker");
                    assertThat(member.findElement(By.cssSelector("[data-testid='participant-role']")).getText()).containsIgnoringCase("speaker");
                });
        owner.screenshot("participants-with-speaker");
    }

    @Test
    void someone_signed_in_with_a_different_email_cannot_accept_an_invitation_sent_to_another() {
        DemoBrowser owner = browser("wrong-email");
        owner.signIn(OWNER, "Olive Owner");
        invite(owner, "/media/sample-room-session", "mia@moderators.example.org", "MODERATOR");
        String link = owner.linkInMailbox("mia@moderators.example.org");

        DemoBrowser other = browser("wrong-email");
        other.signIn("ivan@elsewhere.example.org", "Ivan Other");
        other.open(link);
        assertThat(other.find("#signed-in-name").getText()).isEqualTo("Ivan Other");
        other.click("#accept-signed-in");

        WebElement error = other.find("#invitation-error");
        assertThat(error.getAttribute("data-code")).isEqualTo("invitation-email-mismatch");
        assertThat(other.driver().getCurrentUrl()).isEqualTo(link);
        other.screenshot("refused");

        owner.open("/media/sample-room-session#invite-users");
        assertThat(invitationRow(owner, "mia@moderators.example.org").getAttribute("data-status")).isEqualTo("PENDING");
    }

    @Test
    void a_revoked_guest_link_shows_the_not_valid_page() {
        DemoBrowser owner = browser("revoked-link");
        owner.signIn(OWNER, "Olive Owner");
        owner.open("/media/sample-video");
        String link = turnGuestAccessOnAndCopyLink(owner);

        owner.click("[data-testid='guest-link-row'] [data-testid='revoke-guest-link']");
        owner.waitFor().until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-testid='guest-link-row']"), "data-state", "REVOKED"));
        owner.screenshot("revoked-in-panel");

        DemoBrowser guest = browser("revoked-link");
        guest.open(link);
        assertThat(guest.find("#link-invalid").getText()).contains("This link is not valid");
        assertThat(guest.findAll("#join-form")).isEmpty();
        guest.screenshot("revoked-link-page");
    }

    @Test
    void the_owner_edits_a_guest_link_in_place_and_sees_a_refused_change_explained() {
        DemoBrowser owner = browser("edit-guest-link");
        owner.signIn(OWNER, "Olive Owner");
        owner.open("/media/sample-document");
        String link = turnGuestAccessOnAndCopyLink(owner);
        String linkId = owner.find("[data-testid='guest-link-row']").getAttribute("data-link-id");
        String editRow = "#guest-link-edit-" + linkId;

        owner.click("[data-testid='guest-link-row'] [data-testid='edit-guest-link']");
        owner.type(editRow + " [data-testid='edit-guest-link-label']", "Class of 2030");
        new Select(owner.find(editRow + " [data-testid='edit-guest-link-expires']")).selectByValue("P7D");
        owner.type(editRow + " [data-testid='edit-guest-link-max-joins']", "25");
        owner.type(editRow + " [data-testid='edit-guest-link-domains']", "school.example.org, Example.ORG");
        owner.screenshot("edit-form");
        owner.click(editRow + " [data-testid='save-guest-link']");

        owner.waitForText("[data-testid='guest-link-row'] [data-testid='guest-link-label']", "Class of 2030");
        WebElement row = owner.find("[data-testid='guest-link-row']");
        assertThat(row.findElement(By.cssSelector("[data-testid='guest-link-limits']")).getText())
                .contains("expires", "at most 25 guests", "only example.org, school.example.org");
        assertThat(row.findElement(By.cssSelector("[data-testid='guest-link-url']")).getAttribute("value")).isEqualTo(link);
        assertThat(owner.findAll(editRow)).singleElement().satisfies(form -> assertThat(form.isDisplayed()).isFalse());
        owner.screenshot("edited");

        owner.click("[data-testid='guest-link-row'] [data-testid='edit-guest-link']");
        assertThat(owner.find(editRow + " [data-testid='edit-guest-link-max-joins']").getAttribute("value")).isEqualTo("25");
        assertThat(new Select(owner.find(editRow + " [data-testid='edit-guest-link-expires']")).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("keep");
        owner.type(editRow + " [data-testid='edit-guest-link-max-joins']", "0");
        owner.click(editRow + " [data-testid='save-guest-link']");

        WebElement error = owner.find(editRow + " [data-testid='edit-guest-link-error']");
        assertThat(error.findElement(By.cssSelector("li[data-field='maxJoins']")).getText()).contains("between 1 and");
        owner.screenshot("refused-change");
        owner.click(editRow + " [data-testid='cancel-edit-guest-link']");
        owner.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(editRow)));
        owner.open("/media/sample-document#guest-access");
        assertThat(owner.find("[data-testid='guest-link-row'] [data-testid='guest-link-limits']").getText())
                .contains("at most 25 guests");
    }

    private static WebElement invitationRow(DemoBrowser owner, String email) {
        return owner.waitFor().until(driver -> driver.findElements(By.cssSelector("#invitations [data-testid='invitation-row']"))
                .stream()
                .filter(row -> row.findElement(By.cssSelector("[data-testid='invitation-email']")).getText().equals(email))
                .findFirst().orElse(null));
    }

    /** On an open media page: Share, Manage guest access, switch it on, and copy the first link's URL. */
    private static String turnGuestAccessOnAndCopyLink(DemoBrowser owner) {
        owner.click("#share-button");
        owner.click("#share-manage-guest-access");
        owner.find("#guest-access-panel");
        owner.click("#guest-access-toggle");
        owner.waitForText("#guest-access-state", "on");
        WebElement row = owner.find("[data-testid='guest-link-row']");
        row.findElement(By.cssSelector("[data-testid='copy-guest-link']")).click();
        owner.waitFor().until(ExpectedConditions.textToBePresentInElement(
                row.findElement(By.cssSelector("[data-testid='copy-status']")), "Copied"));
        owner.screenshot("guest-access-on");
        String link = row.findElement(By.cssSelector("[data-testid='guest-link-url']")).getAttribute("value");
        assertThat(link).startsWith(server.baseUrl() + "/g/");
        return link;
    }

    /** On the media page: Share, Invite users, one invitee with a role, send; the invitation shows as pending. */
    private static void invite(DemoBrowser owner, String mediaPath, String email, String role) {
        owner.open(mediaPath);
        owner.click("#share-button");
        owner.click("#share-invite-users");
        owner.find("#invite-users-panel");
        owner.type("#invitee-rows > .invitee-row [data-testid='invitee-email']", email);
        new Select(owner.find("#invitee-rows > .invitee-row [data-testid='invitee-role']")).selectByValue(role);
        owner.click("#send-invitations");
        owner.waitFor().until(driver -> driver.findElements(By.cssSelector("#invitations [data-testid='invitation-email']"))
                .stream().anyMatch(cell -> cell.getText().equals(email)));
        owner.screenshot("invitation-sent");
    }
}
