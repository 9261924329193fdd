package dev.mediaaccess.core.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.URI;

/**
 * Builds the URLs people receive, always from the configured public base URL (never from a request's Host header):
 * {@code {base}/g/{token}} opens the guest join page, {@code {base}/i/{token}} the invitation page.
 */
public record PublicUrls(URI base) {
    public PublicUrls {
        checkArgument(base.isAbsolute() && ("https".equals(base.getScheme()) || "http".equals(base.getScheme())),
                "the public base URL must be an absolute http(s) URL");
        checkArgument(base.getQuery() == null && base.getFragment() == null, "the public base URL takes no query or fragment");
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    public static PublicUrls of(String base) {
        return new PublicUrls(URI.create(base));
    }

    public URI guestLink(String token) {
        return base.resolve("g/" + token);
    }

    public URI invitation(String token) {
        return base.resolve("i/" + token);
    }
}
