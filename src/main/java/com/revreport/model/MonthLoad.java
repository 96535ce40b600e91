package com.revreport.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A billing month parsed from all of its files: what replaces the month in the store as a whole.
 *
 * @param clientNames the name each client carried on its last line of the month
 */
public record MonthLoad(YearMonth month, List<FileCounts> files, List<ChargeTotal> totals,
        Map<String, String> clientNames, List<Reject> rejects) {

    public long rowsRead() {
        return files.stream().mapToLong(FileCounts::read).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileCounts::rejected).sum();
    }
}
