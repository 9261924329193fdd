package dev.mediaaccess.core.participant.model;

/** How a participant came in. */
public enum ParticipantKind {
    /** Through a guest link, with a name and an email. */
    GUEST,
    /** By accepting an invitation. */
    MEMBER
}
