package dev.mediaaccess.core.common;

/**
 * Every expected refusal the core can give, each with a stable machine-readable code and a category.
 * Adapters map the {@link Category} to their transport once (HTTP: 400, 401, 403, 404, 409, 410, 429);
 * the codes never change meaning between releases.
 */
public enum ErrorCode {
    VALIDATION_FAILED("validation-failed", Category.INVALID),
    NOT_SIGNED_IN("not-signed-in", Category.UNAUTHENTICATED),
    NOT_PERMITTED("not-permitted", Category.FORBIDDEN),
    MEDIA_NOT_FOUND("media-not-found", Category.NOT_FOUND),
    MEDIA_ALREADY_EXISTS("media-already-exists", Category.CONFLICT),
    ROLE_NOT_ALLOWED_FOR_KIND("role-not-allowed-for-kind", Category.INVALID),
    ROLE_GRANT_NOT_PERMITTED("role-grant-not-permitted", Category.FORBIDDEN),
    ADMISSION_NOT_ALLOWED_FOR_KIND("admission-not-allowed-for-kind", Category.INVALID),

    GUEST_ACCESS_DISABLED("guest-access-disabled", Category.FORBIDDEN),
    GUEST_LINK_LIMIT_REACHED("guest-link-limit-reached", Category.CONFLICT),
    /** Unknown, revoked and rotated-away guest link tokens all answer with this one code. */
    GUEST_LINK_NOT_FOUND("guest-link-not-found", Category.NOT_FOUND),
    GUEST_LINK_REVOKED("guest-link-revoked", Category.CONFLICT),
    GUEST_LINK_EXPIRED("guest-link-expired", Category.GONE),
    GUEST_LINK_EXHAUSTED("guest-link-exhausted", Category.GONE),
    EMAIL_DOMAIN_NOT_ALLOWED("email-domain-not-allowed", Category.FORBIDDEN),
    GUEST_DENIED("guest-denied", Category.FORBIDDEN),
    PARTICIPANT_REMOVED("participant-removed", Category.FORBIDDEN),
    PARTICIPANT_NOT_FOUND("participant-not-found", Category.NOT_FOUND),
    PARTICIPANT_NOT_WAITING("participant-not-waiting", Category.CONFLICT),

    /** Unknown, revoked and superseded (resent) invitation tokens all answer with this one code. */
    INVITATION_NOT_FOUND("invitation-not-found", Category.NOT_FOUND),
    INVITATION_EXPIRED("invitation-expired", Category.GONE),
    INVITATION_ALREADY_ACCEPTED("invitation-already-accepted", Category.CONFLICT),
    INVITATION_CLOSED("invitation-closed", Category.CONFLICT),
    INVITATION_EMAIL_MISMATCH("invitation-email-mismatch", Category.FORBIDDEN),
    CODE_INVALID("code-invalid", Category.FORBIDDEN),
    CODE_EXPIRED("code-expired", Category.GONE),
    CODE_ATTEMPTS_EXHAUSTED("code-attempts-exhausted", Category.TOO_MANY_ATTEMPTS),

    PASS_INVALID("pass-invalid", Category.UNAUTHENTICATED);

    /** How a transport should present a refusal. */
    public enum Category {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, GONE, TOO_MANY_ATTEMPTS
    }

    private final String code;
    private final Category category;

    ErrorCode(String code, Category category) {
        this.code = code;
        this.category = category;
    }

    /** The stable machine-readable code, for example {@code guest-link-expired}. */
    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }
}
