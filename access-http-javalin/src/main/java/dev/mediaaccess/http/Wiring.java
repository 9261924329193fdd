package dev.mediaaccess.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.media.model.MediaId;
import java.net.URLEncoder;

/** What every handler group needs: the core, the settings, who is asking, and the token-attempt throttle. */
record Wiring(AccessCore core, HttpSettings settings, Principals principals, TokenAttempts attempts) {

    /** The media page's absolute URL, built from the core's public base URL (never from the request's Host). */
    String mediaPageUrl(MediaId media) {
        return settings.publicUrl("media/" + segment(media.value()));
    }

    static String segment(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20");
    }
}
