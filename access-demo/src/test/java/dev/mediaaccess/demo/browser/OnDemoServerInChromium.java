package dev.mediaaccess.demo.browser;

import dev.mediaaccess.demo.DemoServer;
import dev.mediaaccess.demo.config.DemoConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** One demo server (SQLite in a temporary folder) and one headless Chromium per browser test class. */
@Tag("browser")
abstract class OnDemoServerInChromium {
    @TempDir
    static Path dataDir;

    static DemoServer server;
    static Chromium chromium;

    @BeforeAll
    static void startServerAndChromium() {
        server = DemoServer.start(DemoConfig.defaultsUnder(dataDir, 0));
        chromium = new Chromium();
    }

    @AfterAll
    static void stopServerAndChromium() {
        chromium.close();
        server.close();
    }

    /** A new browser of its own (its own cookies), saving screenshots under the scenario's name. */
    static DemoBrowser browser(String scenario) {
        return new DemoBrowser(chromium.newBrowser(), server.baseUrl(), new Screenshots(scenario));
    }
}
