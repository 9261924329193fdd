package dev.mediaaccess.demo.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}). Both paths are given,
 * so Selenium Manager has nothing to look up or download. Each {@link #newBrowser()} is a separate browser with its
 * own fresh profile: its own cookies, as a second person on another machine would have.
 */
public final class Chromium implements AutoCloseable {
    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    public WebDriver newBrowser() {
        requireInstalled();
        Path profile = tempProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(new Dimension(1280, 900));
        browsers.add(browser);
        return browser;
    }

    @Override
    public void close() {
        for (WebDriver browser : browsers) {
            try {
                browser.quit();
            } catch (RuntimeException ignored) {
                // Already gone; quitting the others matters more.
            }
        }
        browsers.clear();
        for (Path profile : profiles) {
            deleteQuietly(profile);
        }
        profiles.clear();
    }

    private static void requireInstalled() {
        if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + BINARY + ", " + DRIVER + "): apt-get install -y chromium chromium-driver");
        }
    }

    private Path tempProfile() {
        try {
            Path profile = Files.createTempDirectory("demo-chromium-");
            profiles.add(profile);
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
