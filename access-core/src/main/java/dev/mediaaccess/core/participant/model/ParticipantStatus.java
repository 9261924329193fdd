package dev.mediaaccess.core.participant.model;

/** Where a participant stands. Only ADMITTED participants have access. */
public enum ParticipantStatus {
    /** In the lobby of a live kind, waiting for a moderator. */
    WAITING,
    ADMITTED,
    /** A moderator turned them away from the lobby; they cannot rejoin through the same link. */
    DENIED,
    /** Removed by someone who manages access; their passes ended and they cannot rejoin through the same link. */
    REMOVED
}
