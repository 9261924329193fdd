package dev.mediaaccess.demo;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.demo.config.BadConfig;
import dev.mediaaccess.demo.config.DatabaseLocation;
import dev.mediaaccess.demo.config.DemoConfig;
import dev.mediaaccess.demo.config.HostSecretFile;
import dev.mediaaccess.demo.home.HomeRoutes;
import dev.mediaaccess.demo.mailbox.DevMailbox;
import dev.mediaaccess.demo.mailbox.MailboxRoutes;
import dev.mediaaccess.demo.seed.SampleMedia;
import dev.mediaaccess.demo.signin.DemoSessions;
import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.demo.signin.LoginCodes;
import dev.mediaaccess.demo.signin.SessionCookie;
import dev.mediaaccess.demo.signin.SessionSignedInUsers;
import dev.mediaaccess.demo.signin.SignInRoutes;
import dev.mediaaccess.http.AccessHttp;
import dev.mediaaccess.persistence.jdbi.JdbiStorage;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Media Access demo: the HTTP adapter's API and pages on JDBI storage, one demo tenant, sample media of every
 * kind, demo-only sign-in with one-time codes, and a dev mailbox instead of email. Run it with
 * {@code java -jar access-demo/target/access-demo.jar --help}.
 */
public final class DemoServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);
    private static final DisplayName OWNER_NAME = DisplayName.parse("Demo Owner");

    private final Javalin app;
    private final JdbiStorage storage;
    private final DevMailbox mailbox;
    private final URI baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoServer(Javalin app, JdbiStorage storage, DevMailbox mailbox, URI baseUrl) {
        this.app = app;
        this.storage = storage;
        this.mailbox = mailbox;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        if (DemoConfig.wantsHelp(args)) {
            System.out.print(DemoConfig.USAGE);
            return;
        }
        DemoConfig config;
        try {
            config = DemoConfig.parse(args, System.getenv());
        } catch (BadConfig bad) {
            System.err.println("media-access demo: " + bad.getMessage());
            System.err.print(DemoConfig.USAGE);
            System.exit(2);
            return;
        }
        DemoServer server;
        try {
            server = start(config);
        } catch (RuntimeException failure) {
            LOG.debug("Start failed", failure);
            System.err.println("media-access demo: cannot start: " + failure.getMessage()
                    + (failure.getCause() != null ? " (" + failure.getCause().getMessage() + ")" : ""));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-shutdown"));
        LOG.info("Media Access demo is running on {} (sign in at {}/demo/login, mailbox at {}/demo/outbox)",
                server.baseUrl(), server.baseUrl(), server.baseUrl());
    }

    /** Starts the demo; port 0 picks a free port. Throws if the database or the secret file cannot be used. */
    public static DemoServer start(DemoConfig requested) {
        requireNonNull(requested, "requested");
        DemoConfig config = requested.port() == 0 ? requested.withPort(freePort(requested.host())) : requested;
        Clock clock = Clock.systemUTC();
        TokenSource randomness = TokenSource.secureRandom();
        HostSecret secret = HostSecretFile.loadOrCreate(config.secretFile(), randomness);
        URI baseUrl = config.publicBaseUrl();
        JdbiStorage storage = open(config.database());
        try {
            DevMailbox mailbox = new DevMailbox(clock);
            AccessCore core = AccessCore.builder()
                    .storage(storage)
                    .secret(secret)
                    .publicBaseUrl(baseUrl)
                    .notifier(mailbox)
                    .clock(clock)
                    .tokenSource(randomness)
                    .build();
            new SampleMedia(core.mediaRegistry(), storage.media(), storage.transactions())
                    .seed(DemoUser.of(config.ownerEmail(), OWNER_NAME));

            Tokens tokens = new Tokens(randomness, secret);
            DemoSessions sessions = new DemoSessions(tokens, clock);
            SessionSignedInUsers users = new SessionSignedInUsers(sessions);
            SessionCookie cookie = new SessionCookie(baseUrl.getScheme().equals("https"));
            // The core's base URL is the adapter's too. The demo serves every page at its server's root, so a path in
            // --base-url is one a proxy in front strips: the adapter's routes stay at the root as well.
            AccessHttp http = AccessHttp.of(core)
                    .pathPrefix("")
                    .signedInUsers(users);
            SignInRoutes signIn = new SignInRoutes(new LoginCodes(tokens, clock), sessions, cookie, mailbox, baseUrl);
            MailboxRoutes outbox = new MailboxRoutes(mailbox, users);
            HomeRoutes home = new HomeRoutes(core.mediaRegistry(), users);

            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                http.mount(cfg);
                signIn.addTo(cfg);
                outbox.addTo(cfg);
                home.addTo(cfg);
            });
            app.start(config.host(), config.port());
            return new DemoServer(app, storage, mailbox, baseUrl);
        } catch (RuntimeException | Error failure) {
            storage.close();
            throw failure;
        }
    }

    public int port() {
        return app.port();
    }

    /** The base of every link this server hands out. */
    public URI baseUrl() {
        return baseUrl;
    }

    public DevMailbox mailbox() {
        return mailbox;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            app.stop();
            storage.close();
        }
    }

    private static JdbiStorage open(DatabaseLocation database) {
        LOG.info("Opening {}", database);
        if (database instanceof DatabaseLocation.SqliteFile sqlite) {
            createFolderOf(sqlite.file());
            return JdbiStorage.sqlite(sqlite.file()).open();
        }
        DatabaseLocation.Postgres postgres = (DatabaseLocation.Postgres) database;
        return JdbiStorage.postgres(postgres.jdbcUrl(), postgres.user(), postgres.password()).open();
    }

    private static void createFolderOf(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for " + file, e);
        }
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + host, e);
        }
    }
}
