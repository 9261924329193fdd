package dev.mediaaccess.demo.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person at one browser, using the demo as they would: typing, clicking, and reading the dev mailbox. */
public final class DemoBrowser {
    private static final Pattern SIGN_IN_CODE = Pattern.compile("sign-in code is ([0-9]{6})");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b([0-9]{6})\\b");

    private final WebDriver driver;
    private final URI base;
    private final Screenshots screenshots;

    public DemoBrowser(WebDriver driver, URI base, Screenshots screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads the page afresh, even when only the #fragment differs from the page already open. */
    public void open(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        boolean sameDocument = withoutFragment(driver.getCurrentUrl()).equals(withoutFragment(url));
        driver.get(url);
        if (sameDocument) {
            driver.navigate().refresh();
        }
    }

    private static String withoutFragment(String url) {
        int hash = url == null ? -1 : url.indexOf('#');
        return hash < 0 ? String.valueOf(url) : url.substring(0, hash);
    }

    public void screenshot(String page) {
        screenshots.save(driver, page);
    }

    public WebElement find(String cssSelector) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String cssSelector) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
    }

    public void waitForText(String cssSelector, String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits up to 15 seconds. Pages reload themselves after each change, so elements found before may go stale, and a
     * command that reaches Chromium while the new page replaces the old one can fail with other errors (such as "Node
     * with given id does not belong to the document"): the wait retries through both, and on timeout reports the last.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Signs in on the demo's sign-in page, reading the code from the dev mailbox in another tab. */
    public void signIn(String email, String name) {
        open("/demo/login");
        type("#login-name", name);
        type("#login-email", email);
        click("#login-send");
        find("#verify-form");
        type("#login-code", readInMailbox(email, SIGN_IN_CODE));
        click("#login-verify");
        waitForText("#signed-in-as", email);
    }

    /** Opens the dev mailbox in a new tab and reads the newest six-digit code sent to {@code email}. */
    public String codeInMailbox(String email) {
        return readInMailbox(email, SIX_DIGITS);
    }

    /** Opens the dev mailbox in a new tab and returns the first link of the newest email to {@code email}. */
    public String linkInMailbox(String email) {
        return inMailboxTab(() -> {
            WebElement newest = newestEmailTo(email);
            return newest.findElement(By.cssSelector(".email-link")).getAttribute("href");
        });
    }

    private String readInMailbox(String email, Pattern pattern) {
        return inMailboxTab(() -> {
            Matcher code = pattern.matcher(newestEmailTo(email).findElement(By.cssSelector(".email-body")).getText());
            if (!code.find()) {
                throw new AssertionError("the newest email to " + email + " has no code");
            }
            return code.group(1);
        });
    }

    private WebElement newestEmailTo(String email) {
        return waitFor().until(d -> d.findElements(By.cssSelector("article.email[data-to='" + email + "']")).stream()
                .findFirst().orElse(null));
    }

    private String inMailboxTab(Supplier<String> read) {
        String original = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            open("/demo/outbox");
            screenshot("dev-mailbox");
            return read.get();
        } finally {
            driver.close();
            driver.switchTo().window(original);
        }
    }
}
