package dev.mediaaccess.core.guestlink.model;

/** How a guest gets in once the link is accepted. Moderator approval exists only on live kinds. */
public enum Admission {
    /** The guest is in as soon as they join. */
    AUTOMATIC,
    /** The guest waits in the lobby until a moderator admits or denies them. */
    MODERATOR_APPROVAL
}
