package com.revreport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;

/**
 * The committed demo input, read by the real readers and computed by the real analysis, shows what
 * {@code input/README.md} promises a reader: the largest client near 24% of its segment and the planted
 * ledger differences with their statuses.
 */
class DemoFiguresTests {

    private static QuarterFigures figures(String quarter) {
        return DemoReport.read().figures(quarter);
    }

    @Test
    void largestClientHoldsAboutAQuarterOfTheModelSegment() {
        ConcentrationScope segment = figures("FY2024-Q3").concentration().stream()
                .filter(s -> s.scope().equals("AI Model Services")).findFirst().orElseThrow();

        assertThat(segment.clients().get(0).clientId()).isEqualTo("CL-100001");
        assertThat(segment.clients().get(0).clientName()).isEqualTo("Lodestar Reasoning Labs");
        // README: 53,096,825.06 of a positive-client base of 217,748,528.95 = 24.38%
        assertThat(segment.top1Share()).isBetween(new BigDecimal("0.2438"), new BigDecimal("0.2439"));
        assertThat(segment.clients().get(0).majorCustomer()).isTrue();
    }

    @Test
    void plantedLedgerDifferencesShowWithTheirStatuses() {
        List<SegmentReconciliation> q3 = figures("FY2024-Q3").reconciliation();
        List<SegmentReconciliation> q4 = figures("FY2024-Q4").reconciliation();

        assertThat(status(q3, "AI Model Services", "2024-01")).isEqualTo(ReconciliationStatus.WITHIN_TOLERANCE);
        assertThat(status(q3, "AI Assistant Subscriptions", "2024-02")).isEqualTo(ReconciliationStatus.WITHIN_TOLERANCE);
        assertThat(status(q3, "GPU Infrastructure", "2024-02")).isEqualTo(ReconciliationStatus.MISSING_LEDGER);
        assertThat(status(q3, "AI Assistant Subscriptions", "2024-03")).isEqualTo(ReconciliationStatus.BREAK);
        assertThat(status(q4, "AI Consulting Services", "2024-04")).isEqualTo(ReconciliationStatus.MISSING_BILLING);
        assertThat(status(q4, "GPU Infrastructure", "2024-05")).isEqualTo(ReconciliationStatus.BREAK);
        assertThat(status(q3, "AI Model Services", "2023-12")).isNull(); // outside the quarter
        assertThat(status(q3, "AI Model Services", "2024-02")).isEqualTo(ReconciliationStatus.MATCHED);
        // README: +250,000.00 in March and -612.40 in February make +249,387.60 over the quarter
        SegmentReconciliation subscriptions = q3.stream()
                .filter(r -> r.quarterTotal() && r.segment().equals("AI Assistant Subscriptions")).findFirst().orElseThrow();
        assertThat(subscriptions.variance()).isEqualByComparingTo("249387.60");
        assertThat(subscriptions.status()).isEqualTo(ReconciliationStatus.BREAK);
    }

    private static ReconciliationStatus status(List<SegmentReconciliation> rows, String segment, String month) {
        return rows.stream().filter(r -> r.segment().equals(segment) && r.period().equals(month)).findFirst()
                .map(SegmentReconciliation::status).orElse(null);
    }
}
