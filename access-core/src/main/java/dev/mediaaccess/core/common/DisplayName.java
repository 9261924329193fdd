package dev.mediaaccess.core.common;

import dev.mediaaccess.core.internal.Text;
/** The name a guest or invitee shows to others: trimmed, 1 to 100 characters, no control or bidi characters. */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 100;

    public DisplayName {
        if (!value.equals(Text.clean(value, 1, MAX_LENGTH, false))) {
            throw new IllegalArgumentException("display name must be trimmed");
        }
    }

    /** Parses what a person typed; throws {@link ValidationFailed} with a reason. */
    public static DisplayName parse(String raw) {
        return new DisplayName(Text.clean(raw, 1, MAX_LENGTH, false));
    }

    @Override
    public String toString() {
        return value;
    }
}
