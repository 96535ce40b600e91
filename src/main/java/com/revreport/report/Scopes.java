package com.revreport.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.revreport.analysis.QuarterFigures;

/** The entity-wide scope leads every scoped table, so readers and charts find it in the first rows. */
final class Scopes {

    private Scopes() {
    }

    static boolean isAll(String scope) {
        return QuarterFigures.ALL_SEGMENTS.equals(scope);
    }

    static <T> List<T> allSegmentsFirst(List<T> rows, Function<T, String> scope) {
        List<T> ordered = new ArrayList<>(rows);
        // stable sort: the segments keep the order analysis gave them
        ordered.sort(Comparator.comparing(r -> !isAll(scope.apply(r))));
        return ordered;
    }
}
