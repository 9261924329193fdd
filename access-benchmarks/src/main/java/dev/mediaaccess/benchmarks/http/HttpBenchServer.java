package dev.mediaaccess.benchmarks.http;

import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.demo.signin.DemoSessions;
import dev.mediaaccess.demo.signin.SessionSignedInUsers;
import dev.mediaaccess.http.AccessHttp;
import dev.mediaaccess.persistence.jdbi.JdbiStorage;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A benchmark-only launcher of the demo server's stack, for {@code bench/http.sh}: the same wiring as
 * {@code DemoServer.start} (JDBI storage on a SQLite file, the core with secure random tokens and the system clock,
 * the demo's session-based signed-in users, the HTTP adapter mounted on Javalin), without the demo's own sign-in and
 * mailbox pages, plus the baseline route {@code GET /bench/hello}. It shares one media item with guest access on and
 * writes what the load scripts need to {@code tokens.env} beside the database:
 * {@code MEDIA_ID}, {@code LINK_TOKEN} and a guest's {@code PASS_TOKEN}.
 *
 * <pre>java -cp ... dev.mediaaccess.benchmarks.http.HttpBenchServer PORT DIRECTORY</pre>
 * Listens on 127.0.0.1 only.
 */
public final class HttpBenchServer {
    private HttpBenchServer() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path directory = Files.createDirectories(Path.of(args[1]));
        String baseUrl = "http://127.0.0.1:" + port;
        Clock clock = Clock.systemUTC();
        TokenSource randomness = TokenSource.secureRandom();
        HostSecret secret = HostSecret.generate(randomness);
        JdbiStorage storage = JdbiStorage.sqlite(directory.resolve("http-bench.db")).open();
        AccessCore core = AccessCore.builder()
                .storage(storage)
                .secret(secret)
                .publicBaseUrl(baseUrl)
                .notifier(SharedMedia.discardingNotifier())
                .clock(clock)
                .tokenSource(randomness)
                .build();
        SessionSignedInUsers users = new SessionSignedInUsers(new DemoSessions(new Tokens(randomness, secret), clock));
        AccessHttp http = AccessHttp.of(core).signedInUsers(users);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            http.mount(cfg);
            cfg.routes.get("/bench/hello", ctx -> ctx.result("hello"));
        });
        app.start("127.0.0.1", port);

        SharedMedia shared = SharedMedia.on(core, "http-bench-owner");
        Files.writeString(directory.resolve("tokens.env"), "MEDIA_ID=" + shared.media.id().value() + "\n"
                + "LINK_TOKEN=" + shared.guestLinkToken + "\n"
                + "PASS_TOKEN=" + shared.passToken + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            storage.close();
        }, "http-bench-shutdown"));
        System.out.println("http bench server on " + baseUrl + ", tokens in " + directory.resolve("tokens.env"));
    }
}
