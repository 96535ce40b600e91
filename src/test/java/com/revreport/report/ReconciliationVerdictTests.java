package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;

class ReconciliationVerdictTests {

    private static SegmentReconciliation row(String segment, String period, boolean quarter, String billed,
            String ledger, ReconciliationStatus status) {
        BigDecimal b = billed == null ? null : new BigDecimal(billed);
        BigDecimal l = ledger == null ? null : new BigDecimal(ledger);
        BigDecimal variance = (b == null ? BigDecimal.ZERO : b).subtract(l == null ? BigDecimal.ZERO : l);
        return new SegmentReconciliation(segment, period, quarter, b, l, variance, null, status);
    }

    @Test
    void segmentsThatAllAgreeSayHowManyAreOnlyWithinTolerance() {
        List<SegmentReconciliation> rows = List.of(
                row("AI", "2024-07", false, "100.00", "300.00", ReconciliationStatus.BREAK),
                row("AI", "FY2024-Q3", true, "1000.00", "1000.00", ReconciliationStatus.MATCHED),
                row("GPU", "FY2024-Q3", true, "500.00", "500.50", ReconciliationStatus.WITHIN_TOLERANCE));

        // the month that breaks inside an agreeing quarter is not the verdict's: quarter rows only
        assertThat(ReconciliationVerdict.of(rows)).isEqualTo("All 2 segments agree with the ledger over "
                + "the quarter (1 within tolerance)");
    }

    @Test
    void breaksAndMissingSidesAreCountedOutOfTheSegments() {
        List<SegmentReconciliation> rows = List.of(
                row("AI", "FY2024-Q3", true, "1000.00", "900.00", ReconciliationStatus.BREAK),
                row("Consulting", "FY2024-Q3", true, null, "85000.00", ReconciliationStatus.MISSING_BILLING),
                row("GPU", "FY2024-Q3", true, "400.00", null, ReconciliationStatus.MISSING_LEDGER),
                row("Models", "FY2024-Q3", true, "50.00", "50.00", ReconciliationStatus.MATCHED));

        assertThat(ReconciliationVerdict.of(rows)).isEqualTo("1 of 4 segments breaks, 1 has no ledger, "
                + "1 has no billing over the quarter");
    }
}
