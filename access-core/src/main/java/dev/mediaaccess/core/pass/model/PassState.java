package dev.mediaaccess.core.pass.model;

/** Whether a pass lets its holder in. Expiry is separate: an ACTIVE pass past its expiry lets nobody in. */
public enum PassState {
    ACTIVE,
    /** The holder waits in a lobby; a moderator's admission makes the pass ACTIVE. */
    WAITING,
    /** Revoked, rotated away, denied or removed: never valid again. */
    ENDED
}
