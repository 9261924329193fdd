package dev.mediaaccess.persistence.jdbi;

import com.google.common.collect.Lists;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

/** {@code column IN (...)}, one bound parameter per value, split into lists short enough for any driver. */
final class InLists implements AnyOf {
    private final int valuesPerList;

    InLists(int valuesPerList) {
        this.valuesPerList = valuesPerList;
    }

    @Override
    public String condition(String column, String name) {
        return column + " IN (<" + name + ">)";
    }

    @Override
    public List<List<String>> groups(List<String> values) {
        return Lists.partition(values, valuesPerList);
    }

    @Override
    public Query bind(Query query, String name, List<String> group) {
        return query.bindList(name, group);
    }
}
