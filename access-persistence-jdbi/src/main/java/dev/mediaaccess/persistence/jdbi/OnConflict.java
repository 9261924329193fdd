package dev.mediaaccess.persistence.jdbi;

import static java.util.stream.Collectors.joining;

import java.util.List;

/** The {@code ON CONFLICT} clauses that PostgreSQL and SQLite (from 3.24) write alike. */
final class OnConflict {
    private OnConflict() {}

    static String doNothing(String insert) {
        return insert + "\nON CONFLICT DO NOTHING";
    }

    static String doUpdate(String insert, List<String> key, List<String> replaced) {
        return insert + "\nON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
                + replaced.stream().map(column -> column + " = excluded." + column).collect(joining(", "));
    }
}
