package dev.mediaaccess.core.guestlink.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkState;
import java.net.URI;
import java.time.Instant;

/** A guest link as its owner sees it: settings, join count, current state, and the URL to copy and share. */
public record GuestLinkView(GuestLink link, URI url, GuestLinkState state) {
    public GuestLinkView {
        requireNonNull(link, "link");
        requireNonNull(url, "url");
        requireNonNull(state, "state");
    }

    /** The link as it stands at {@code now}, with the URL derived for it. */
    public static GuestLinkView of(GuestLink link, URI url, Instant now) {
        return new GuestLinkView(link, url, link.stateAt(now));
    }
}
