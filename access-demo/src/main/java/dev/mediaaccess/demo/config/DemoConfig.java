package dev.mediaaccess.demo.config;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ValidationFailed;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the demo server runs. Each setting comes from a flag ({@code --port 7070} or {@code --port=7070}), else from
 * its environment variable, else from its default; see {@link #USAGE}.
 *
 * @param host the address to listen on; loopback by default, because anyone who can reach the demo can read its
 *     mailbox and so sign in as anyone
 * @param port the port to listen on; 0 picks a free one
 * @param publicBaseUrl the base of every link the server hands out; empty means {@code http://localhost:{port}}
 */
public record DemoConfig(
        String host, int port, URI publicBaseUrl, DatabaseLocation database, Path secretFile, EmailAddress ownerEmail) {

    public static final String USAGE = """
            Usage: java -jar access-demo/target/access-demo.jar [options]

              --host HOST          address to listen on          MEDIA_ACCESS_HOST        (default 127.0.0.1)
              --port PORT          port to listen on, 0 = any    MEDIA_ACCESS_PORT        (default 7070)
              --base-url URL       public base URL of links      MEDIA_ACCESS_BASE_URL    (default http://localhost:PORT)
              --database DB        SQLite file or JDBC URL       MEDIA_ACCESS_DATABASE    (default data/media-access.db)
                                   e.g. jdbc:postgresql://localhost:5432/media
              --database-user U    PostgreSQL user               MEDIA_ACCESS_DATABASE_USER
              --database-password  PostgreSQL password           MEDIA_ACCESS_DATABASE_PASSWORD (prefer the variable)
              --secret-file FILE   host secret, made if absent   MEDIA_ACCESS_SECRET_FILE (default data/host-secret)
              --owner-email EMAIL  owner of the sample media     MEDIA_ACCESS_OWNER_EMAIL (default owner@example.com)
              --help               print this and exit

            Demo only: sign-in codes go to the dev mailbox at /demo/outbox, which anyone who reaches the server can read.
            """;

    public static final int DEFAULT_PORT = 7070;

    private static final Map<String, String> ENV_BY_FLAG = Map.of(
            "--host", "MEDIA_ACCESS_HOST",
            "--port", "MEDIA_ACCESS_PORT",
            "--base-url", "MEDIA_ACCESS_BASE_URL",
            "--database", "MEDIA_ACCESS_DATABASE",
            "--database-user", "MEDIA_ACCESS_DATABASE_USER",
            "--database-password", "MEDIA_ACCESS_DATABASE_PASSWORD",
            "--secret-file", "MEDIA_ACCESS_SECRET_FILE",
            "--owner-email", "MEDIA_ACCESS_OWNER_EMAIL");

    public DemoConfig {
        requireNonNull(host, "host");
        requireNonNull(publicBaseUrl, "publicBaseUrl");
        requireNonNull(database, "database");
        requireNonNull(secretFile, "secretFile");
        requireNonNull(ownerEmail, "ownerEmail");
        if (port < 0 || port > 65_535) {
            throw new BadConfig("--port must be between 0 and 65535");
        }
    }

    /** The defaults, with every file under {@code dataDir}; tests use it with a temporary folder and port 0. */
    public static DemoConfig defaultsUnder(Path dataDir, int port) {
        return new DemoConfig("127.0.0.1", port, URI.create("http://localhost:" + port),
                new DatabaseLocation.SqliteFile(dataDir.resolve("media-access.db")), dataDir.resolve("host-secret"),
                EmailAddress.parse("owner@example.com"));
    }

    /** Whether the person asked for {@code --help}. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** Reads flags, then environment variables, then defaults. Throws {@link BadConfig} naming what to fix. */
    public static DemoConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        ENV_BY_FLAG.forEach((flag, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                values.put(flag, value.strip());
            }
        });
        values.putAll(flags(args));

        int port = port(values.getOrDefault("--port", String.valueOf(DEFAULT_PORT)));
        URI baseUrl = values.containsKey("--base-url")
                ? baseUrl(values.get("--base-url"))
                : URI.create("http://localhost:" + port);
        return new DemoConfig(
                values.getOrDefault("--host", "127.0.0.1"),
                port,
                baseUrl,
                DatabaseLocation.parse(values.getOrDefault("--database", "data/media-access.db"),
                        Optional.ofNullable(values.get("--database-user")), Optional.ofNullable(values.get("--database-password"))),
                Path.of(values.getOrDefault("--secret-file", "data/host-secret")),
                ownerEmail(values.getOrDefault("--owner-email", "owner@example.com")));
    }

    /** The same settings, listening on another port; links follow the port unless a base URL was chosen. */
    public DemoConfig withPort(int newPort) {
        URI base = publicBaseUrl.equals(URI.create("http://localhost:" + port))
                ? URI.create("http://localhost:" + newPort)
                : publicBaseUrl;
        return new DemoConfig(host, newPort, base, database, secretFile, ownerEmail);
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                flag = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                value = null;
            }
            if (!ENV_BY_FLAG.containsKey(flag)) {
                throw new BadConfig("unknown option " + flag + " (try --help)");
            }
            if (value == null) {
                throw new BadConfig(flag + " needs a value");
            }
            flags.put(flag, value.strip());
        }
        return flags;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new BadConfig("--port must be between 0 and 65535, not " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new BadConfig("--port must be a number, not " + text);
        }
    }

    private static URI baseUrl(String text) {
        String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new BadConfig("--base-url must be an http(s) URL without query or fragment, e.g. https://media.example.com");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadConfig("--base-url is not a URL: " + text);
        }
    }

    private static EmailAddress ownerEmail(String text) {
        try {
            return EmailAddress.parse(text);
        } catch (ValidationFailed e) {
            throw new BadConfig("--owner-email is not an email address: " + text);
        }
    }
}
