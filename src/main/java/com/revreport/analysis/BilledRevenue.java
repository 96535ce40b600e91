package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.revreport.model.BillingTotal;

/**
 * Net revenue in the reporting currency per month, segment and client: every charge type summed, so
 * credits reduce it. A client or segment counts as billed in a month when it has any billing line
 * there, even one that nets to zero.
 */
final class BilledRevenue {

    /** month -> segment -> client -> net revenue. */
    private final Map<YearMonth, Map<String, Map<String, BigDecimal>>> revenue = new HashMap<>();

    /** month -> segment -> net revenue: the monthly series and the reconciliation ask for these often. */
    private final Map<YearMonth, Map<String, BigDecimal>> segmentTotals = new HashMap<>();

    /** byClient results by (scope, months): each scope's quarter is asked for by several figures. */
    private final Map<List<Object>, Map<String, BigDecimal>> byClientCache = new HashMap<>();

    BilledRevenue(List<BillingTotal> billing, CurrencyConversion conversion) {
        for (BillingTotal line : billing) {
            BigDecimal converted = conversion.toReporting(line.month(), line.currency(), line.amount());
            revenue.computeIfAbsent(line.month(), m -> new HashMap<>())
                    .computeIfAbsent(line.segment(), s -> new HashMap<>())
                    .merge(line.clientId(), converted, BigDecimal::add);
            segmentTotals.computeIfAbsent(line.month(), m -> new HashMap<>()).merge(line.segment(), converted,
                    BigDecimal::add);
        }
    }

    Set<YearMonth> billedMonths() {
        return revenue.keySet();
    }

    boolean isBilled(YearMonth month, String segment) {
        return revenue.getOrDefault(month, Map.of()).containsKey(segment);
    }

    /** Segments with billing in any of the months, by name. */
    Set<String> segmentsBilledIn(Collection<YearMonth> months) {
        Set<String> segments = new TreeSet<>();
        for (YearMonth month : months) {
            segments.addAll(revenue.getOrDefault(month, Map.of()).keySet());
        }
        return segments;
    }

    /**
     * Net revenue per client of a scope over the months, for every client billed there (nets of zero
     * or below included: the callers decide who takes part). {@link QuarterFigures#ALL_SEGMENTS} sums a
     * client's segments.
     */
    Map<String, BigDecimal> byClient(String scope, Collection<YearMonth> months) {
        return byClientCache.computeIfAbsent(List.of(scope, List.copyOf(months)),
                key -> Collections.unmodifiableMap(sumByClient(scope, months)));
    }

    private Map<String, BigDecimal> sumByClient(String scope, Collection<YearMonth> months) {
        // unordered: every caller either sums it or ranks it itself (a TreeMap of 50,000 clients, built
        // twelve times a report, was a sixth of the figures' time)
        Map<String, BigDecimal> byClient = new HashMap<>();
        for (YearMonth month : months) {
            for (Map.Entry<String, Map<String, BigDecimal>> segment : revenue.getOrDefault(month, Map.of()).entrySet()) {
                if (inScope(scope, segment.getKey())) {
                    segment.getValue().forEach((client, amount) -> byClient.merge(client, amount, BigDecimal::add));
                }
            }
        }
        return byClient;
    }

    BigDecimal total(String scope, Collection<YearMonth> months) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth month : months) {
            total = total.add(total(scope, month));
        }
        return total;
    }

    BigDecimal total(String scope, YearMonth month) {
        Map<String, BigDecimal> segments = segmentTotals.getOrDefault(month, Map.of());
        if (QuarterFigures.ALL_SEGMENTS.equals(scope)) {
            return segments.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return segments.getOrDefault(scope, BigDecimal.ZERO);
    }

    /** Revenue of one client in one segment and month; zero when it was not billed then. */
    BigDecimal clientRevenue(String clientId, String segment, YearMonth month) {
        return revenue.getOrDefault(month, Map.of()).getOrDefault(segment, Map.of()).getOrDefault(clientId, BigDecimal.ZERO);
    }

    /** (client, segment) pairs billed in any of the months. */
    Set<ClientSegment> clientSegmentsBilledIn(Collection<YearMonth> months) {
        Set<ClientSegment> pairs = new TreeSet<>();
        for (YearMonth month : months) {
            revenue.getOrDefault(month, Map.of()).forEach((segment, clients) -> clients.keySet()
                    .forEach(client -> pairs.add(new ClientSegment(client, segment))));
        }
        return pairs;
    }

    private static boolean inScope(String scope, String segment) {
        return QuarterFigures.ALL_SEGMENTS.equals(scope) || scope.equals(segment);
    }

    record ClientSegment(String clientId, String segment) implements Comparable<ClientSegment> {

        @Override
        public int compareTo(ClientSegment other) {
            int byClient = clientId.compareTo(other.clientId);
            return byClient != 0 ? byClient : segment.compareTo(other.segment);
        }
    }
}
