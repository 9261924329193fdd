package dev.mediaaccess.core.guestlink.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkState;
import java.net.URI;

/** A guest link as its owner sees it: settings, join count, current state, and the URL to copy and share. */
public record GuestLinkView(GuestLink link, URI url, GuestLinkState state) {
    public GuestLinkView {
        requireNonNull(link, "link");
        requireNonNull(url, "url");
        requireNonNull(state, "state");
    }
}
