package dev.mediaaccess.core.access.model;

/** Something a person may do with a media item. */
public enum Capability {
    VIEW,
    DOWNLOAD,
    /** Comment on on-demand media; chat in live kinds. */
    COMMENT,
    TAKE_QUIZ,
    /** Collaborate: edit the media, its captions, its chapters. */
    EDIT,
    /** Speak or share a screen in a live kind. */
    PRESENT,
    /** Admit or deny from the lobby, mute, remove from a live session. */
    MODERATE,
    /** Turn guest access on or off, manage guest links and invitations, see participants and the audit trail. */
    MANAGE_ACCESS
}
