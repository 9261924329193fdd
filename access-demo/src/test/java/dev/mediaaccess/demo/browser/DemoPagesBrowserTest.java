package dev.mediaaccess.demo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The demo's own pages in headless Chromium: sign-in with a code from the dev mailbox, and the home page. */
class DemoPagesBrowserTest extends OnDemoServerInChromium {
    @Test
    void a_person_signs_in_with_a_code_from_the_dev_mailbox_and_signs_out() {
        DemoBrowser ada = browser("sign-in");
        ada.open("/");
        assertThat(ada.find("#demo-banner").getText()).contains("Demo only");
        ada.screenshot("home-signed-out");

        ada.open("/demo/login");
        ada.screenshot("sign-in-page");
        ada.signIn("ada@example.com", "Ada Lovelace");
        ada.screenshot("signed-in");

        Cookie session = ada.driver().manage().getCookieNamed("media_access_demo_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(ada.find("#signed-in-as").getText()).contains("Ada Lovelace", "ada@example.com");

        ada.click("#sign-out");
        ada.find("#sign-in-link");
        assertThat(ada.driver().manage().getCookieNamed("media_access_demo_session")).isNull();
    }

    @Test
    void a_wrong_code_is_refused_on_the_page() {
        DemoBrowser bob = browser("sign-in-wrong-code");
        bob.open("/demo/login");
        bob.type("#login-name", "Bob");
        bob.type("#login-email", "bob@example.com");
        bob.click("#login-send");
        String right = bob.codeInMailbox("bob@example.com");

        bob.type("#login-code", right.equals("999999") ? "000000" : "999999");
        bob.click("#login-verify");

        assertThat(bob.find("#login-error").getText()).contains("not right");
        bob.screenshot("wrong-code");
        assertThat(bob.findAll("#signed-in-as")).isEmpty();
    }

    @Test
    void a_signed_in_person_adds_media_from_the_home_page_and_lands_on_its_page() {
        DemoBrowser cy = browser("add-media");
        cy.signIn("cy@example.com", "Cy Creator");
        cy.open("/");
        assertThat(cy.find("#no-media").getText()).contains("no media");
        cy.type("#media-title", "Kickoff <workshop>");
        new Select(cy.find("#media-kind")).selectByValue("ROOM_SESSION");
        cy.screenshot("home-form");

        cy.click("#create-media");

        cy.waitForText("#media-title", "Kickoff <workshop>");
        assertThat(cy.find("#my-role").getAttribute("data-role")).isEqualTo("OWNER");
        assertThat(cy.find("#media-kind").getAttribute("data-kind")).isEqualTo("ROOM_SESSION");
        cy.screenshot("new-media-page");
        cy.open("/");
        assertThat(cy.find("#my-media").getText()).contains("Kickoff <workshop>", "ROOM_SESSION");
        cy.screenshot("home-with-new-media");
    }

    @Test
    void the_home_form_shows_why_a_blank_title_is_refused() {
        DemoBrowser di = browser("add-media-refused");
        di.signIn("di@example.com", "Di");
        di.open("/");
        di.type("#media-title", "   ");
        ((JavascriptExecutor) di.driver())
                .executeScript("document.getElementById('media-title').removeAttribute('required')");

        di.click("#create-media");

        assertThat(di.find("#create-media-error").getText()).isNotBlank();
        assertThat(di.driver().getCurrentUrl()).isEqualTo(server.baseUrl() + "/");
        di.screenshot("refused");
    }
}
