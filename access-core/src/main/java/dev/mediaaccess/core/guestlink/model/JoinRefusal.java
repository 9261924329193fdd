package dev.mediaaccess.core.guestlink.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;

/**
 * Why a guest link turns someone away: what they are told, and the reason the owner's audit trail records. The two
 * differ only where telling would leak something (a revoked link looks unknown to the guest).
 */
public record JoinRefusal(AccessRefused told, ErrorCode audited) {
    public JoinRefusal {
        requireNonNull(told, "told");
        requireNonNull(audited, "audited");
    }

    static JoinRefusal of(ErrorCode code, String detail) {
        return new JoinRefusal(new AccessRefused(code, detail), code);
    }
}
