package dev.mediaaccess.core.access.model;

/** Why an access check said what it said. Each has a stable code for logs and APIs. */
public enum DecisionReason {
    GRANTED("granted"),
    CAPABILITY_NOT_IN_ROLE("capability-not-in-role"),
    NOT_A_PARTICIPANT("not-a-participant"),
    MEDIA_NOT_FOUND("media-not-found"),
    NOT_SIGNED_IN("not-signed-in"),
    PASS_UNKNOWN("pass-unknown"),
    PASS_EXPIRED("pass-expired"),
    PASS_ENDED("pass-ended"),
    PASS_FOR_OTHER_MEDIA("pass-for-other-media"),
    LOBBY_WAITING("lobby-waiting");

    private final String code;

    DecisionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
