package dev.mediaaccess.demo.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what a browser shows as PNGs under {@code target/screenshots/}, named {@code scenario-NN-page.png} in the
 * order taken, for people to look at. The first use of a scenario in a run clears that scenario's older pictures.
 */
public final class Screenshots {
    private static final Map<String, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();
    private final Path folder;
    private final String scenario;

    public Screenshots(String scenario) {
        this.folder = Path.of(System.getProperty("demo.screenshots", "target/screenshots"));
        this.scenario = scenario;
        COUNTERS.computeIfAbsent(scenario, name -> {
            clearOlder(name);
            return new AtomicInteger(1);
        });
    }

    public Path save(WebDriver browser, String page) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("%s-%02d-%s.png".formatted(scenario, COUNTERS.get(scenario).getAndIncrement(), page));
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clearOlder(String name) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(Pattern.quote(name) + "-\\d+-.*\\.png")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
