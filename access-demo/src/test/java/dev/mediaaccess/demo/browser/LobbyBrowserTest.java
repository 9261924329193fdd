package dev.mediaaccess.demo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The lobby of a live room, end to end in headless Chromium: a guest link with moderator approval, guests who wait,
 * and an owner who lets one in and turns one away from the Participants tab. Owner and guests each have a browser.
 */
class LobbyBrowserTest extends OnDemoServerInChromium {
    private static final String OWNER = "owner@example.com";
    private static final String ROOM = "/media/sample-room-session";

    private static DemoBrowser browser() {
        return browser("lobby");
    }

    @Test
    void the_owner_admits_one_waiting_guest_into_the_room_and_denies_another_who_is_told_so() {
        DemoBrowser owner = browser();
        owner.signIn(OWNER, "Olive Owner");
        String link = createLobbyLink(owner);

        DemoBrowser gale = browser();
        joinAndWait(gale, link, "Gale Guest", "gale@guests.example.org");

        openParticipants(owner);
        assertThat(owner.find("#participants-owner").getText()).isEqualTo("You (Olive Owner)");
        WebElement waiting = lobbyEntry(owner, "Gale Guest");
        assertThat(waiting.findElement(By.cssSelector("[data-testid='participant-email']")).getText())
                .isEqualTo("gale@guests.example.org");
        owner.screenshot("owner-sees-guest-in-lobby");
        waiting.findElement(By.cssSelector("[data-testid='admit-participant']")).click();
        WebElement admitted = guestRow(owner, "Gale Guest");
        assertThat(admitted.getAttribute("data-status")).isEqualTo("ADMITTED");
        owner.find("#lobby-empty");
        owner.screenshot("owner-admitted-guest");

        gale.waitFor().until(ExpectedConditions.attributeToBe(By.id("my-role"), "data-role", "GUEST"));
        assertThat(gale.driver().getCurrentUrl()).endsWith(ROOM);
        assertThat(gale.find("#media-kind").getAttribute("data-kind")).isEqualTo("ROOM_SESSION");
        assertThat(gale.find("#player").isDisplayed()).isTrue();
        assertThat(gale.findAll("#lobby-waiting")).isEmpty();
        gale.screenshot("guest-in-the-room");

        DemoBrowser dan = browser();
        joinAndWait(dan, link, "Dan Declined", "dan@guests.example.org");

        openParticipants(owner);
        lobbyEntry(owner, "Dan Declined").findElement(By.cssSelector("[data-testid='deny-participant']")).click();
        owner.waitFor().until(driver -> driver.findElements(By.cssSelector("#departed [data-testid='departed-row']")).stream()
                .anyMatch(row -> row.getText().contains("Dan Declined") && "DENIED".equals(row.getAttribute("data-status"))));
        owner.find("#lobby-empty");
        owner.screenshot("owner-denied-guest");

        dan.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("lobby-denied")));
        assertThat(dan.find("#lobby-denied").getText()).contains("did not let you in");
        assertThat(dan.driver().findElement(By.id("lobby-waiting-detail")).isDisplayed()).isFalse();
        assertThat(dan.findAll("#player")).isEmpty();
        dan.screenshot("guest-declined");
    }

    /** Share, Manage guest access, guest access on, then a new link whose guests wait in the lobby; returns its URL. */
    private static String createLobbyLink(DemoBrowser owner) {
        owner.open(ROOM);
        owner.click("#share-button");
        owner.click("#share-manage-guest-access");
        owner.find("#guest-access-panel");
        owner.click("#guest-access-toggle");
        owner.waitForText("#guest-access-state", "on");
        owner.type("#guest-link-label", "Lobby door");
        new Select(owner.find("#guest-link-admission")).selectByValue("MODERATOR_APPROVAL");
        owner.screenshot("owner-creates-lobby-link");
        owner.click("#create-guest-link");
        WebElement row = owner.waitFor().until(driver -> driver.findElements(By.cssSelector("[data-testid='guest-link-row']"))
                .stream()
                .filter(candidate -> candidate.findElement(By.cssSelector("[data-testid='guest-link-label']")).getText()
                        .equals("Lobby door"))
                .findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector("[data-testid='guest-link-limits']")).getText()).contains("lobby");
        owner.screenshot("owner-lobby-link-created");
        String link = row.findElement(By.cssSelector("[data-testid='guest-link-url']")).getAttribute("value");
        assertThat(link).startsWith(server.baseUrl() + "/g/");
        return link;
    }

    /** A guest joins through the link with a name and an email, and lands on the lobby's waiting page. */
    private static void joinAndWait(DemoBrowser guest, String link, String name, String email) {
        guest.open(link);
        assertThat(guest.find("#join-lobby-note").getText()).contains("lobby");
        guest.type("#guest-name", name);
        guest.type("#guest-email", email);
        guest.screenshot("guest-join-page");
        guest.click("#join-button");
        guest.find("#lobby-waiting");
        assertThat(guest.driver().getCurrentUrl()).endsWith(ROOM);
        assertThat(guest.find("#lobby-waiting-detail").getText()).contains("moderator");
        assertThat(guest.findAll("#player")).isEmpty();
        guest.screenshot("guest-waiting");
    }

    private static void openParticipants(DemoBrowser owner) {
        owner.open(ROOM);
        owner.click("#tab-participants");
        owner.find("#participants-panel");
    }

    private static WebElement lobbyEntry(DemoBrowser owner, String name) {
        return owner.waitFor().until(driver -> driver.findElements(By.cssSelector("#lobby [data-testid='lobby-entry']")).stream()
                .filter(entry -> entry.findElement(By.cssSelector("[data-testid='participant-name']")).getText().equals(name))
                .findFirst().orElse(null));
    }

    private static WebElement guestRow(DemoBrowser owner, String name) {
        return owner.waitFor().until(driver -> driver.findElements(By.cssSelector("#guests [data-testid='guest-row']")).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-testid='participant-name']")).getText().equals(name))
                .findFirst().orElse(null));
    }
}
