package dev.mediaaccess.http;

import java.net.URI;
import java.util.Locale;

/** How the adapter compares public base URLs: by origin and path, as browsers and the core's links use them. */
final class PublicBase {
    private PublicBase() {}

    /** {@code scheme://host[:port]}, lower case, without a default port: what browsers send in {@code Origin}. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** The origin followed by the path without its trailing slash: {@code https://example.com/access}. */
    static String normalised(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return origin(url) + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }
}
