package dev.mediaaccess.demo.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves what a browser shows as numbered PNGs under {@code target/screenshots/}, for people to look at. */
public final class Screenshots {
    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private final Path folder;
    private final String scenario;

    public Screenshots(String scenario) {
        this.folder = Path.of(System.getProperty("demo.screenshots", "target/screenshots"));
        this.scenario = scenario;
    }

    public Path save(WebDriver browser, String page) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("%s-%02d-%s.png".formatted(scenario, NEXT.getAndIncrement(), page));
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
