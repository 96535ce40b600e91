package com.revreport.ingest;

import com.revreport.ingest.csv.CsvLines;
import com.revreport.ingest.csv.CsvRecordReader;

/**
 * Takes a billing line in the form exports nearly always write, ASCII only and without quotes, straight
 * from the read buffer: the {@link BillingRules} check it where it stands, and a line they pass is
 * counted and summed without a {@code String} made for it. Any other line, and any line the rules
 * reject, is refused here without a trace and read as text by {@link BillingMonthReader}, where the same
 * rules word the reject; so this class only decides faster, never differently.
 */
final class PlainBillingLines implements CsvRecordReader.LineTaker {

    private final BillingRow row;

    private final BillingRules rules;

    private final ChargeTotals totals;

    private long accepted;

    PlainBillingLines(BillingRow row, BillingRules rules, ChargeTotals totals) {
        this.row = row;
        this.rules = rules;
        this.totals = totals;
    }

    /** Lines taken so far. */
    long accepted() {
        return accepted;
    }

    /**
     * @param line a line without a quote
     * @return {@code true} when the line was valid and is now counted and summed
     */
    @Override
    public boolean accept(CsvLines line) {
        // a non-ASCII byte may be part of no UTF-8 character at all: the text path decodes such a line strictly
        if (line.nonAscii()) {
            return false;
        }
        row.show(line);
        if (rules.check(row) != null) {
            return false;
        }
        totals.add(row);
        accepted++;
        return true;
    }
}
