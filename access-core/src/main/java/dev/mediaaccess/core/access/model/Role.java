package dev.mediaaccess.core.access.model;

/** What a person is to a media item. The {@link AccessPolicy} says what each role may do on each kind. */
public enum Role {
    OWNER,
    VIEWER,
    /** Collaborates on on-demand media and quizzes. */
    CONTRIBUTOR,
    /** Speaks in a live kind. */
    SPEAKER,
    /** Runs a live kind: lobby, participants, and (by policy) access. */
    MODERATOR,
    /** Came in through a guest link: limited capabilities, never more than the policy's guest ceiling. */
    GUEST
}
