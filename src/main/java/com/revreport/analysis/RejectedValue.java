package com.revreport.analysis;

import java.math.BigDecimal;
import java.util.List;

import com.revreport.model.FxRate;
import com.revreport.model.Reject;

/**
 * What the rejected rows of a report were worth in the reporting currency, at their month's rate like accepted
 * revenue, and how many of them could not be valued: a row whose amount does not read, or whose currency has
 * no rate for its month (an unknown currency is itself a reason to reject), is counted, never guessed.
 *
 * @param amount the sum of the rows that could be valued, signed as billed (credits lower it)
 * @param rows every rejected row
 * @param unread rows with no amount on record: it does not read as a number, the row has no amount column,
 *        or the row was rejected before the store kept amounts (its month not reloaded since)
 * @param withoutRate rows whose amount reads but whose currency has no rate for their month
 */
public record RejectedValue(BigDecimal amount, long rows, long unread, long withoutRate) {

    public static RejectedValue of(List<Reject> rejects, List<FxRate> rates, String reportingCurrency) {
        CurrencyConversion conversion = new CurrencyConversion(reportingCurrency, rates);
        BigDecimal amount = BigDecimal.ZERO;
        long unread = 0;
        long withoutRate = 0;
        for (Reject r : rejects) {
            if (r.amount() == null) {
                unread++;
            }
            else if (r.currency() == null || !conversion.converts(r.month(), r.currency())) {
                withoutRate++;
            }
            else {
                amount = amount.add(conversion.toReporting(r.month(), r.currency(), r.amount()));
            }
        }
        return new RejectedValue(amount, rejects.size(), unread, withoutRate);
    }

    /** Rows left out of {@link #amount()}, in words for the Summary; empty when every row is in it. */
    public String leftOut() {
        if (unread == 0 && withoutRate == 0) {
            return "";
        }
        // short enough to stand on one line of the Summary beside its metric, "Rejected amount leaves out"
        StringBuilder words = new StringBuilder();
        if (unread > 0) {
            words.append(unread).append(unread == 1 ? " row" : " rows").append(" with no amount on record");
        }
        if (withoutRate > 0) {
            words.append(unread > 0 ? ", " : "").append(withoutRate).append(withoutRate == 1 ? " row" : " rows")
                    .append(" with no exchange rate");
        }
        return words.toString();
    }
}
