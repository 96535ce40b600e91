package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientShare;
import com.revreport.close.ExplanationStatus;
import com.revreport.close.Explanations;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblExceptions} on the Summary: what a controller must look at, most urgent first. Each
 * reconciliation row that breaks or misses a side, then each currency and comparison month without a rate
 * (constant currency blank), then each major customer of the entity. The page has
 * room for {@link #ON_PAGE}; the caption says how many more the other sheets hold. A segment's largest
 * client is not repeated here: tblSegments above shows it with its share.
 */
final class ExceptionsTable {

    static final String TABLE = "tblExceptions";

    /**
     * In the order and kinds of tblSegments' first columns above it, so that each column's width suits
     * both tables: a finding names its segment, a major customer its client, in the first column.
     * Revenue is billed revenue: the segment's for its month, the client's for the quarter; a finding's
     * ledger is on Reconciliation (Revenue minus Variance).
     */
    static final List<String> HEADERS = List.of("Segment or client", "Exception", "Month", "Share", "Revenue",
            "Variance", "Explanation");

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, TEXT, TEXT, RATIO, MONEY, MONEY, TEXT);

    static final int ON_PAGE = 15;

    static final String MAJOR_CUSTOMER = "Major customer";

    /** A currency billed in the range without a rate in a comparison month: constant currency is blank. */
    static final String NO_COMPARISON_RATE = "NO_COMPARISON_RATE";

    /** @param subject the segment of a finding, the client of a major customer */
    /** @param explained a finding's explanation status ({@code Explanations}); blank for a customer */
    record Item(String subject, String kind, String month, BigDecimal share, BigDecimal revenue, BigDecimal variance,
            ExplanationStatus explained) {
    }

    private ExceptionsTable() {
    }

    static List<Item> of(QuarterFigures figures, Explanations explanations) {
        List<Item> found = new ArrayList<>();
        for (int i = 0; i < figures.reconciliation().size(); i++) {
            SegmentReconciliation r = figures.reconciliation().get(i);
            if (r.status() != ReconciliationStatus.MATCHED && r.status() != ReconciliationStatus.WITHIN_TOLERANCE) {
                found.add(new Item(r.segment(), r.status().name(), r.period(), null, r.billed(), r.variance(),
                        explanations.row(i).status()));
            }
        }
        // named by the currency, with the comparison month that has no rate for it
        figures.noComparisonRates().forEach(missing -> found.add(new Item(missing.currency(), NO_COMPARISON_RATE,
                missing.month().toString(), null, null, null, null)));
        figures.concentration().stream().filter(scope -> Scopes.isAll(scope.scope())).findFirst()
                // ranked by revenue: the major customers are the first clients
                .ifPresent(all -> all.clients().stream().takeWhile(ClientShare::majorCustomer).forEach(c -> found.add(
                        new Item(c.clientName(), MAJOR_CUSTOMER, null, c.share(), c.revenue(), null, null))));
        return found;
    }

    static void write(XSSFWorkbook workbook, List<Item> exceptions, String currency) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        List<Item> shown = exceptions.subList(0, Math.min(ON_PAGE, exceptions.size()));
        for (Item e : shown) {
            table.next().text(e.subject()).text(e.kind()).text(e.month()).number(e.share()).number(e.revenue())
                    .number(e.variance()).text(e.explained() == null ? null : e.explained().name());
        }
        table.finish();
        table.caption(caption(exceptions.size(), shown.size(), currency));
    }

    static String caption(int all, int shown, String currency) {
        if (all == 0) {
            return "Exceptions: none. No break or missing side, and no client at or above the major-customer "
                    + "threshold";
        }
        String caption = "Exceptions, " + currency + ": breaks, missing sides and major customers (" + all + ")";
        return all == shown ? caption
                : caption + "; the first " + shown + " here, " + (all - shown)
                        + " more on Reconciliation and Concentration";
    }
}
