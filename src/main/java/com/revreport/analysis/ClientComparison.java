package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.revreport.analysis.BilledRevenue.ClientSegment;

/**
 * The Clients table: each (client, segment) with its months and comparisons. Clients billed only in a
 * comparison range are listed too, so that each column adds up to its scope's figure in Growth.
 */
final class ClientComparison {

    private final BilledRevenue billed;

    private final ReportPeriods periods;

    ClientComparison(BilledRevenue billed, ReportPeriods periods) {
        this.billed = billed;
        this.periods = periods;
    }

    List<ClientRevenue> clients(Function<String, String> clientName) {
        List<YearMonth> looked = new ArrayList<>(periods.months());
        looked.addAll(periods.priorQuarter());
        looked.addAll(periods.priorYearQuarter());
        Set<ClientSegment> pairs = billed.clientSegmentsBilledIn(looked);

        List<ClientRevenue> rows = new ArrayList<>(pairs.size());
        for (ClientSegment pair : pairs) {
            List<BigDecimal> months = new ArrayList<>(3);
            for (YearMonth month : periods.quarter().months()) {
                // null, not zero, for a month the QTD range has not reached: it has not happened yet
                months.add(periods.months().contains(month) ? revenue(pair, List.of(month)) : null);
            }
            BigDecimal quarter = revenue(pair, periods.months());
            BigDecimal priorQuarter = revenue(pair, periods.priorQuarter());
            BigDecimal priorYear = revenue(pair, periods.priorYearQuarter());
            rows.add(new ClientRevenue(pair.clientId(), clientName.apply(pair.clientId()), pair.segment(),
                    java.util.Collections.unmodifiableList(months), quarter, priorQuarter,
                    Ratios.growth(quarter, priorQuarter), priorYear, Ratios.growth(quarter, priorYear)));
        }
        return List.copyOf(rows);
    }

    private BigDecimal revenue(ClientSegment pair, List<YearMonth> months) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth month : months) {
            sum = sum.add(billed.clientRevenue(pair.clientId(), pair.segment(), month));
        }
        return sum;
    }
}
