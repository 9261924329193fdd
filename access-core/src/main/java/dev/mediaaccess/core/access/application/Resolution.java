package dev.mediaaccess.core.access.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.DecisionReason;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;

/** Where a principal stands on a media item, or why they stand nowhere there. */
public sealed interface Resolution {

    /** They have a role on the media item. */
    record Resolved(Standing standing) implements Resolution {
        public Resolved {
            requireNonNull(standing, "standing");
        }
    }

    /** They have none, for this reason. */
    record Refused(DecisionReason reason) implements Resolution {
        public Refused {
            requireNonNull(reason, "reason");
            if (reason == DecisionReason.GRANTED || reason == DecisionReason.CAPABILITY_NOT_IN_ROLE) {
                throw new IllegalArgumentException(reason + " is not a reason to stand nowhere");
            }
        }

        /** The refusal a use case answers with: one code per kind of reason, never revealing more than it must. */
        public AccessRefused toRefusal() {
            return switch (reason) {
                case MEDIA_NOT_FOUND, PASS_FOR_OTHER_MEDIA -> new AccessRefused(ErrorCode.MEDIA_NOT_FOUND, "No such media.");
                case NOT_SIGNED_IN -> new AccessRefused(ErrorCode.NOT_SIGNED_IN, "Sign in, or join through a link, first.");
                case PASS_UNKNOWN, PASS_EXPIRED, PASS_ENDED -> new AccessRefused(ErrorCode.PASS_INVALID,
                        "Your pass is no longer valid (" + reason.code() + "). Join again through a current link.");
                case LOBBY_WAITING -> new AccessRefused(ErrorCode.NOT_PERMITTED, "You are waiting in the lobby for a moderator.");
                case NOT_A_PARTICIPANT -> new AccessRefused(ErrorCode.NOT_PERMITTED, "You have no access to this media.");
                case GRANTED, CAPABILITY_NOT_IN_ROLE -> throw new IllegalStateException("not a refusal");
            };
        }
    }

    /** The standing, or the refusal of its reason. */
    default Standing standingOrThrow() {
        if (this instanceof Refused refused) {
            throw refused.toRefusal();
        }
        return ((Resolved) this).standing();
    }
}
