package dev.mediaaccess.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.core.statement.Query;

/** How a query matches one column against many values at once, such as the emails of a bulk invitation. */
interface AnyOf {
    /** The condition that {@code column} equals one of the values {@link #bind} binds under {@code name}. */
    String condition(String column, String name);

    /** The values, in groups of as many as one query takes; the query runs once per group. */
    List<List<String>> groups(List<String> values);

    /** Binds one group under {@code name}. */
    Query bind(Query query, String name, List<String> group);
}
