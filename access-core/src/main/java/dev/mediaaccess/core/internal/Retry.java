package dev.mediaaccess.core.internal;

import dev.mediaaccess.core.storage.ConflictingWrite;
import java.util.function.Supplier;

/** Runs a whole use case again when its transaction lost a uniqueness race ({@link ConflictingWrite}). */
public final class Retry {
    private static final int ATTEMPTS = 3;

    private Retry() {}

    /** Runs {@code useCase}, which must start its own transaction, up to three times while it loses races. */
    public static <T> T onConflict(Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (ConflictingWrite lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
