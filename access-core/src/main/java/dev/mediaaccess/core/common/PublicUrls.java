package dev.mediaaccess.core.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.URI;

/**
 * Builds the URLs people receive, always from the configured public base URL (never from a request's Host header):
 * {@code {base}/g/{token}} opens the guest join page, {@code {base}/i/{token}} the invitation page. The two path
 * segments are defined here once; adapters serve their pages under the same ones.
 */
public record PublicUrls(URI base) {
    /** The path segment of guest link URLs: {@code {base}/g/{token}}. */
    public static final String GUEST_LINK_SEGMENT = "g";
    /** The path segment of invitation URLs: {@code {base}/i/{token}}. */
    public static final String INVITATION_SEGMENT = "i";

    public PublicUrls {
        checkArgument(base.isAbsolute() && ("https".equals(base.getScheme()) || "http".equals(base.getScheme()))
                && base.getHost() != null, "the public base URL must be an absolute http(s) URL with a host");
        checkArgument(base.getQuery() == null && base.getFragment() == null, "the public base URL takes no query or fragment");
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    public static PublicUrls of(String base) {
        return new PublicUrls(URI.create(base));
    }

    public URI guestLink(String token) {
        return base.resolve(GUEST_LINK_SEGMENT + "/" + token);
    }

    public URI invitation(String token) {
        return base.resolve(INVITATION_SEGMENT + "/" + token);
    }

    /** The base's path without its trailing slash ({@code ""} for a base at the root), where the pages live. */
    public String basePath() {
        String path = base.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
