package com.revreport.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How much of a scope's revenue hangs on few clients (docs/finance-guide.md). Only clients with positive revenue
 * take part: a net-credit client is not a share of the market.
 */
final class Concentration {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private static final Comparator<Map.Entry<String, BigDecimal>> RANK_ORDER = Map.Entry
            .<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final HhiBands bands;

    private final BigDecimal majorCustomerThreshold;

    Concentration(AnalysisSettings settings) {
        this.bands = settings.hhiBands();
        this.majorCustomerThreshold = settings.majorCustomerThreshold();
    }

    /**
     * @param revenue net revenue per client this range
     * @param priorRevenue net revenue per client over the same months of the prior quarter
     */
    ConcentrationScope scope(String scope, Map<String, BigDecimal> revenue, Map<String, BigDecimal> priorRevenue,
            Function<String, String> clientName) {
        List<Map.Entry<String, BigDecimal>> ranked = positive(revenue).stream().sorted(RANK_ORDER).toList();
        BigDecimal total = sum(ranked);
        Map<String, BigDecimal> priorShares = shares(priorRevenue);

        List<ClientShare> clients = new ArrayList<>(ranked.size());
        BigDecimal cumulativeRevenue = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> client : ranked) {
            BigDecimal share = Ratios.divide(client.getValue(), total);
            cumulativeRevenue = cumulativeRevenue.add(client.getValue());
            sumOfSquares = sumOfSquares.add(client.getValue().multiply(client.getValue()));
            BigDecimal priorShare = priorShares.get(client.getKey());
            clients.add(new ClientShare(clients.size() + 1, client.getKey(), clientName.apply(client.getKey()),
                    client.getValue(), share,
                    // from running revenue, not running shares: exact until the one division, so the
                    // series never dips and the last client lands on exactly 1
                    Ratios.divide(cumulativeRevenue, total), share.compareTo(majorCustomerThreshold) >= 0,
                    priorShare == null ? null : share.subtract(priorShare)));
        }
        // HHI = sum (100 R_i / T)^2 = 10,000 sum R_i^2 / T^2, with the single division last so that
        // one client gives exactly 10,000 and equal clients exactly 10,000 / n
        BigDecimal hhi = total.signum() == 0 ? BigDecimal.ZERO
                : Ratios.divide(TEN_THOUSAND.multiply(sumOfSquares), total.multiply(total));
        return new ConcentrationScope(scope, List.copyOf(clients), total, topShare(clients, 1), topShare(clients, 5),
                topShare(clients, 10), hhi, bands.levelOf(hhi));
    }

    /** Shares of the positive clients; used for the prior quarter's side of the share change. */
    static Map<String, BigDecimal> shares(Map<String, BigDecimal> revenue) {
        List<Map.Entry<String, BigDecimal>> positive = positive(revenue);
        BigDecimal total = sum(positive);
        Map<String, BigDecimal> shares = new HashMap<>();
        positive.forEach(e -> shares.put(e.getKey(), Ratios.divide(e.getValue(), total)));
        return shares;
    }

    private static BigDecimal topShare(List<ClientShare> ranked, int count) {
        // no clients means no share held by anyone: zero rather than blank, as the sum of no shares
        return ranked.isEmpty() ? BigDecimal.ZERO : ranked.get(Math.min(count, ranked.size()) - 1).cumulativeShare();
    }

    private static List<Map.Entry<String, BigDecimal>> positive(Map<String, BigDecimal> revenue) {
        return revenue.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    private static BigDecimal sum(List<Map.Entry<String, BigDecimal>> clients) {
        return clients.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
