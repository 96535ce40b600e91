package com.revreport.close;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.model.Explanation;

class ExplanationsTests {

    private static SegmentReconciliation row(String segment, String period, String billed, String ledger,
            ReconciliationStatus status) {
        BigDecimal variance = new BigDecimal(billed).subtract(new BigDecimal(ledger));
        return new SegmentReconciliation(segment, period, period.startsWith("FY"), new BigDecimal(billed),
                new BigDecimal(ledger), variance, null, status);
    }

    private static Explanation explanation(String segment, String period, String variance) {
        return new Explanation(segment, period, new BigDecimal(variance), "credit note booked late", "M. Keller", null,
                "explanations/x.csv line 2");
    }

    @Test
    void aBreakWhoseVarianceIsTheExplainedOneIsExplained() {
        // billed 5,286,716.57 - ledger 5,036,716.57 = 250,000.00; explained 250,000.004: within a cent
        List<SegmentReconciliation> rows = List.of(row("Subs", "2024-03", "5286716.57", "5036716.57",
                ReconciliationStatus.BREAK));
        Explanations matched = Explanations.match(rows, List.of(explanation("Subs", "2024-03", "250000.004")));

        assertThat(matched.row(0).status()).isEqualTo(ExplanationStatus.EXPLAINED);
        assertThat(matched.row(0).explanation().by()).isEqualTo("M. Keller");
        assertThat(matched.unexplained()).isZero();
    }

    @Test
    void anExplanationOfAVarianceThatMovedSinceIsStaleNotCarriedOver() {
        // the month was restated: billed 5,296,716.57 - 5,036,716.57 = 260,000.00, explained 250,000.00
        List<SegmentReconciliation> rows = List.of(row("Subs", "2024-03", "5296716.57", "5036716.57",
                ReconciliationStatus.BREAK));
        Explanations matched = Explanations.match(rows, List.of(explanation("Subs", "2024-03", "250000.00")));

        assertThat(matched.row(0).status()).isEqualTo(ExplanationStatus.STALE);
        assertThat(matched.row(0).explanation().variance()).isEqualByComparingTo("250000.00");
        // a cent apart is no longer the same figure: 260,000.00 - 259,999.99 = 0.01, not below 0.01
        assertThat(Explanations.match(rows, List.of(explanation("Subs", "2024-03", "259999.99"))).row(0).status())
                .isEqualTo(ExplanationStatus.STALE);
    }

    @Test
    void breaksAndMissingSidesNobodyExplainedAreCountedAndAgreeingRowsStayBlank() {
        List<SegmentReconciliation> rows = List.of(
                row("Subs", "2024-03", "300.00", "100.00", ReconciliationStatus.BREAK),
                row("Subs", "FY2024-Q3", "300.00", "100.00", ReconciliationStatus.BREAK),
                row("GPU", "2024-02", "400.00", "0", ReconciliationStatus.MISSING_LEDGER),
                row("Models", "2024-03", "100.00", "100.00", ReconciliationStatus.MATCHED),
                row("Models", "FY2024-Q3", "100.50", "100.00", ReconciliationStatus.WITHIN_TOLERANCE));
        // the month's break is explained (200.00), the quarter's is not: 1 quarter break + 1 missing side = 2
        Explanations matched = Explanations.match(rows, List.of(explanation("Subs", "2024-03", "200.00")));

        assertThat(matched.rows()).extracting(Explanations.Row::status).containsExactly(ExplanationStatus.EXPLAINED,
                ExplanationStatus.UNEXPLAINED, ExplanationStatus.UNEXPLAINED, null, null);
        assertThat(matched.unexplained()).isEqualTo(2);
    }

    @Test
    void anExplanationOfNoRowOfTheQuarterIsSetAsideUnmatched() {
        List<SegmentReconciliation> rows = List.of(row("Subs", "2024-03", "300.00", "100.00",
                ReconciliationStatus.BREAK));
        Explanation elsewhere = explanation("Subs", "2023-11", "5.00");
        Explanations matched = Explanations.match(rows, List.of(elsewhere));

        assertThat(matched.unmatched()).containsExactly(elsewhere);
        assertThat(matched.row(0).status()).isEqualTo(ExplanationStatus.UNEXPLAINED);
    }
}
