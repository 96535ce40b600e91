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
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblExceptions} on the Summary: what a controller must look at, most urgent first. Each
 * reconciliation row that breaks or misses a side, then each major customer of the entity, then
 * each segment whose largest client is at or above the same threshold. The page has room for
 * {@link #ON_PAGE}; the caption says how many more the other sheets hold.
 */
final class ExceptionsTable {

    static final String TABLE = "tblExceptions";

    static final List<String> HEADERS = List.of("Exception", "Segment", "Month", "Variance", "Client", "Revenue",
            "Share");

    static final List<ColumnKind> KINDS = List.of(TEXT, INPUT_TEXT, TEXT, MONEY, INPUT_TEXT, MONEY, RATIO);

    static final int ON_PAGE = 15;

    static final String MAJOR_CUSTOMER = "Major customer";

    static final String SEGMENT_TOP_CLIENT = "Segment top client";

    record Item(String kind, String segment, String month, BigDecimal variance, ClientShare client) {
    }

    private ExceptionsTable() {
    }

    static List<Item> of(QuarterFigures figures) {
        List<Item> found = new ArrayList<>();
        for (SegmentReconciliation r : figures.reconciliation()) {
            if (r.status() != ReconciliationStatus.MATCHED && r.status() != ReconciliationStatus.WITHIN_TOLERANCE) {
                found.add(new Item(r.status().name(), r.segment(), r.period(), r.variance(), null));
            }
        }
        List<ConcentrationScope> scopes = Scopes.allSegmentsFirst(figures.concentration(), ConcentrationScope::scope);
        for (ConcentrationScope scope : scopes) {
            if (Scopes.isAll(scope.scope())) {
                // ranked by revenue: the major customers are the first clients
                scope.clients().stream().takeWhile(ClientShare::majorCustomer)
                        .forEach(c -> found.add(new Item(MAJOR_CUSTOMER, scope.scope(), null, null, c)));
            } else if (!scope.clients().isEmpty() && scope.clients().get(0).majorCustomer()) {
                found.add(new Item(SEGMENT_TOP_CLIENT, scope.scope(), null, null, scope.clients().get(0)));
            }
        }
        return found;
    }

    static void write(XSSFWorkbook workbook, List<Item> exceptions, String currency) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        List<Item> shown = exceptions.subList(0, Math.min(ON_PAGE, exceptions.size()));
        for (Item e : shown) {
            ClientShare c = e.client();
            table.next().text(e.kind()).text(e.segment()).text(e.month()).number(e.variance())
                    .text(c == null ? null : c.clientName()).number(c == null ? null : c.revenue())
                    .number(c == null ? null : c.share());
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
