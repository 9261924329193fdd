package dev.mediaaccess.core.guestlink.model;

/** A link's state as a person sees it; {@link GuestLink#stateAt} derives EXPIRED and EXHAUSTED. */
public enum GuestLinkState {
    ACTIVE,
    EXPIRED,
    EXHAUSTED,
    REVOKED
}
