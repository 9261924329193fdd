package dev.mediaaccess.core.media.model;

/** What a media item is. Live kinds have participants joining in real time and a lobby. */
public enum MediaKind {
    VIDEO(false),
    AUDIO(false),
    DOCUMENT(false),
    IMAGE(false),
    QUIZ(false),
    LIVE_EVENT(true),
    /** A live room session: standalone, channel or media-gallery room. */
    ROOM_SESSION(true);

    private final boolean live;

    MediaKind(boolean live) {
        this.live = live;
    }

    public boolean isLive() {
        return live;
    }
}
