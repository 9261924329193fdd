package dev.mediaaccess.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.media.model.MediaId;
import java.net.URLEncoder;

/** What every handler group needs: the core, the settings, who is asking, and the token-attempt throttle. */
record Wiring(AccessCore core, HttpSettings settings, Principals principals, TokenAttempts attempts) {

    /** The media page's path below the host's root, for links inside pages. */
    String mediaPagePath(MediaId media) {
        return settings.path("/media/" + segment(media.value()));
    }

    /** The media page's absolute URL, built from the public base URL (never from the request's Host). */
    String mediaPageUrl(MediaId media) {
        String base = settings.publicBaseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + mediaPagePath(media);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20");
    }
}
