package dev.mediaaccess.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How enum values and times read on pages and in emails. */
final class Labels {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Labels() {}

    /** {@code LIVE_EVENT} reads {@code live event}. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code live event} reads {@code Live event}. */
    static String capitalised(Enum<?> value) {
        String words = of(value);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
