package dev.mediaaccess.core.internal;

import dev.mediaaccess.core.common.ValidationFailed;
/** Checks for free text that people type: names, labels, titles, messages. */
public final class Text {
    private Text() {}

    /**
     * True if the text holds a control character (other than the line breaks a multi-line field allows)
     * or a bidirectional override or isolate, which can make a name display as something else.
     */
    public static boolean hasUnsafeCharacters(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (allowLineBreaks && (cp == '\n' || cp == '\r' || cp == '\t')) {
                continue;
            }
            if (Character.isISOControl(cp) || isBidiControl(cp)) {
                return true;
            }
        }
        return false;
    }

    public static int lengthInCodePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Trims and checks free text: {@code min}..{@code max} code points, no unsafe characters.
     * Throws {@link ValidationFailed} with codes {@code required}, {@code too-long} or {@code unsafe-characters}.
     */
    public static String clean(String raw, int min, int max, boolean allowLineBreaks) {
        String trimmed = raw == null ? "" : raw.strip();
        int length = lengthInCodePoints(trimmed);
        if (length < min) {
            throw ValidationFailed.of("", "required", "must not be blank");
        }
        if (length > max) {
            throw ValidationFailed.of("", "too-long", "must be at most " + max + " characters");
        }
        if (hasUnsafeCharacters(trimmed, allowLineBreaks)) {
            throw ValidationFailed.of("", "unsafe-characters", "must not contain control or text-direction characters");
        }
        return trimmed;
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) // embeddings and overrides
                || (cp >= 0x2066 && cp <= 0x2069) // isolates
                || cp == 0x200E || cp == 0x200F || cp == 0x061C; // marks
    }
}
