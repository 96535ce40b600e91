package com.revreport.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of the Summary's segment table: a segment's growth, its quarter reconciliation and its
 * concentration, each the figure of the table it summarises, then the same for All segments. The
 * workbook writes these cells and the quarter close compares them between versions, so both read them
 * here.
 *
 * @param growth null where the growth table has no row for the scope
 * @param concentration null where the concentration table has no row for the scope
 */
public record SegmentSummary(String segment, ScopeGrowth growth, BigDecimal billed, BigDecimal ledger,
        ReconciliationStatus status, ConcentrationScope concentration) {

    /** What a figure is: money is written to the cent, ratios and indices as computed. */
    public enum Value {
        TEXT, MONEY, RATIO, INDEX
    }

    /** The columns of tblSegments, in order; the first names the scope, the others are its figures. */
    public enum Column {
        SEGMENT("Segment", Value.TEXT), REVENUE("Revenue", Value.MONEY), QOQ("QoQ", Value.RATIO),
        YOY("YoY", Value.RATIO), BILLED("Billed", Value.MONEY), LEDGER("Ledger", Value.MONEY),
        VARIANCE("Variance", Value.MONEY), STATUS("Status", Value.TEXT), TOP_CLIENT("Top client", Value.TEXT),
        TOP_CLIENT_SHARE("Top client share", Value.RATIO), HHI("HHI", Value.INDEX), LEVEL("Level", Value.TEXT);

        private final String header;

        private final Value value;

        Column(String header, Value value) {
            this.header = header;
            this.value = value;
        }

        public String header() {
            return header;
        }

        public Value value() {
            return value;
        }

        /** The column named so, or null. */
        public static Column headed(String header) {
            return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst().orElse(null);
        }

        public static List<String> headers() {
            return Arrays.stream(values()).map(Column::header).toList();
        }
    }

    public BigDecimal variance() {
        return billed.subtract(ledger);
    }

    public ClientShare topClient() {
        return concentration == null || concentration.clients().isEmpty() ? null : concentration.clients().get(0);
    }

    /** A cell's value: text, a number, or null for a blank cell. */
    public Object cell(Column column) {
        ClientShare top = topClient();
        return switch (column) {
            case SEGMENT -> segment;
            case REVENUE -> growth == null ? null : growth.revenue();
            case QOQ -> growth == null ? null : growth.qoq();
            case YOY -> growth == null ? null : growth.yoy();
            case BILLED -> billed;
            case LEDGER -> ledger;
            case VARIANCE -> variance();
            case STATUS -> status.name();
            case TOP_CLIENT -> top == null ? null : top.clientName();
            case TOP_CLIENT_SHARE -> top == null ? null : top.share();
            case HHI -> concentration == null ? null : concentration.hhi();
            case LEVEL -> concentration == null || concentration.level() == null ? null : concentration.level().name();
        };
    }

    /** Each segment of the quarter's reconciliation, by name, then All segments. */
    public static List<SegmentSummary> of(QuarterFigures figures) {
        Map<String, ScopeGrowth> growth = byScope(figures.growth(), ScopeGrowth::scope);
        Map<String, ConcentrationScope> concentration = byScope(figures.concentration(), ConcentrationScope::scope);
        Map<String, SegmentReconciliation> quarterRows = new TreeMap<>();
        for (SegmentReconciliation r : figures.reconciliation()) {
            if (r.quarterTotal()) {
                quarterRows.put(r.segment(), r);
            }
        }
        List<SegmentSummary> rows = new ArrayList<>();
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal ledger = BigDecimal.ZERO;
        for (SegmentReconciliation r : quarterRows.values()) {
            rows.add(new SegmentSummary(r.segment(), growth.get(r.segment()), r.billed(), r.ledger(), r.status(),
                    concentration.get(r.segment())));
            billed = billed.add(r.billed());
            ledger = ledger.add(r.ledger());
        }
        String all = QuarterFigures.ALL_SEGMENTS;
        rows.add(new SegmentSummary(all, growth.get(all), billed, ledger, entityStatus(quarterRows.values()),
                concentration.get(all)));
        return rows;
    }

    /** A missing side is as much a break of the entity's reconciliation as a difference is. */
    static ReconciliationStatus entityStatus(Iterable<SegmentReconciliation> quarterRows) {
        boolean tolerated = false;
        for (SegmentReconciliation r : quarterRows) {
            switch (r.status()) {
                case BREAK, MISSING_LEDGER, MISSING_BILLING -> {
                    return ReconciliationStatus.BREAK;
                }
                case WITHIN_TOLERANCE -> tolerated = true;
                default -> {
                }
            }
        }
        return tolerated ? ReconciliationStatus.WITHIN_TOLERANCE : ReconciliationStatus.MATCHED;
    }

    private static <T> Map<String, T> byScope(List<T> rows, Function<T, String> scope) {
        return rows == null ? Map.of() : rows.stream().collect(Collectors.toMap(scope, r -> r, (a, b) -> a));
    }
}
