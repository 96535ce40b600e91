package com.revreport.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.revreport.model.BillingTotal;
import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/** The read side of the store: what the figures and the workbook are made from. */
@Repository
public class StoreQueries {

    private final JdbcClient jdbc;

    public StoreQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored billing: net billed amount per month, client, segment and currency (charge
     * types summed, credits included), in the store's order, and the name each client carried in the
     * newest month it was billed.
     */
    public StoredBilling billing() {
        // each month's recorded range only (V7), months in order, so a later month's name overwrites an
        // earlier one
        List<MonthRange> months = jdbc.sql("SELECT billing_month, first_id, last_id FROM billing_month_range "
                + "ORDER BY billing_month").query((rs, n) -> new MonthRange(YearMonth.parse(rs.getString("billing_month")),
                        rs.getLong("first_id"), rs.getLong("last_id"))).list();
        long rows = months.stream().mapToLong(m -> Math.max(0, m.lastId() - m.firstId() + 1)).sum();
        // summed here rather than by GROUP BY, which H2 does several times slower than a plain scan; sized
        // for every row at once, rather than rehashing 600,000 keys on the way up (up to 12 million rows:
        // past that it grows as rows come, so that a wrong range cannot reserve gigabytes)
        Map<BillingKey, BigDecimal> sums = new LinkedHashMap<>((int) Math.min(1 << 24, rows * 4 / 3 + 16));
        Map<String, String> names = new HashMap<>();
        for (MonthRange range : months) {
            readMonth(range, sums, names);
        }
        List<BillingTotal> totals = new ArrayList<>(sums.size());
        sums.forEach((k, amount) -> totals.add(new BillingTotal(k.month(), k.clientId(), k.segment(), k.currency(),
                amount)));
        return new StoredBilling(totals, names);
    }

    /** Rows a query of the billing hands over at a time: below H2's MAX_MEMORY_ROWS (40,000). */
    private static final int PAGE = 20_000;

    private record MonthRange(YearMonth month, long firstId, long lastId) {
    }

    /**
     * Reads one month in pages along the key: H2 builds a whole result before handing over its first row,
     * and spills one of more than 40,000 rows to a temporary file, which pages below that limit avoid
     * (docs/benchmarks.md).
     */
    private void readMonth(MonthRange range, Map<BillingKey, BigDecimal> sums, Map<String, String> names) {
        long[] after = { range.firstId() - 1 };
        int read;
        do {
            int[] rows = { 0 };
            jdbc.sql("SELECT total_id, client_id, client_name, segment, currency, amount FROM billing_total "
                    + "WHERE total_id > ? AND total_id <= ? ORDER BY total_id LIMIT ?").param(after[0])
                    .param(range.lastId()).param(PAGE).query(rs -> {
                        after[0] = rs.getLong("total_id");
                        rows[0]++;
                        String clientId = rs.getString("client_id");
                        names.put(clientId, rs.getString("client_name"));
                        sums.merge(new BillingKey(range.month(), clientId, rs.getString("segment"),
                                rs.getString("currency")), rs.getBigDecimal("amount"), BigDecimal::add);
                    });
            read = rows[0];
        }
        // until a page comes back empty, not merely short: a short page must never end the read early
        while (read > 0);
    }

    private record BillingKey(YearMonth month, String clientId, String segment, String currency) {
    }

    /** The currencies the stored billing and ledger amounts of each month are in. */
    public SortedMap<YearMonth, SortedSet<String>> amountCurrencies() {
        SortedMap<YearMonth, SortedSet<String>> currencies = new TreeMap<>();
        jdbc.sql("SELECT billing_month AS amount_month, currency FROM billing_currency "
                + "UNION SELECT ledger_month, currency FROM ledger_entry")
                .query(rs -> {
                    currencies.computeIfAbsent(YearMonth.parse(rs.getString("amount_month")), m -> new TreeSet<>())
                            .add(rs.getString("currency"));
                });
        return currencies;
    }

    public List<LedgerEntry> ledger() {
        return jdbc.sql("SELECT ledger_month, segment, currency, revenue FROM ledger_entry ORDER BY ledger_month, segment")
                .query((rs, n) -> new LedgerEntry(YearMonth.parse(rs.getString("ledger_month")), rs.getString("segment"),
                        rs.getString("currency"), rs.getBigDecimal("revenue")))
                .list();
    }

    public List<FxRate> rates() {
        return jdbc.sql("SELECT rate_month, currency, rate FROM fx_rate ORDER BY rate_month, currency")
                .query((rs, n) -> new FxRate(YearMonth.parse(rs.getString("rate_month")), rs.getString("currency"),
                        rs.getBigDecimal("rate")))
                .list();
    }

    public List<Reject> rejects(List<YearMonth> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT billing_month, file_name, line_no, reason, message, raw_record, client_id, amount, "
                + "currency FROM billing_reject "
                + "WHERE billing_month IN (:months) ORDER BY file_name, line_no")
                .param("months", months.stream().map(YearMonth::toString).toList())
                .query((rs, n) -> new Reject(YearMonth.parse(rs.getString("billing_month")), rs.getString("file_name"),
                        rs.getLong("line_no"), RejectReason.valueOf(rs.getString("reason")), rs.getString("message"),
                        rs.getString("raw_record"), rs.getString("client_id"), rs.getBigDecimal("amount"),
                        rs.getString("currency")))
                .list();
    }

    /** Every file of a run with what the run did with it: which files fed which month. */
    public List<StoredFile> runFiles(long runId) {
        return jdbc.sql("SELECT kind, file_name, billing_month, sha256, rows_read, rows_accepted, rows_excluded, rows_rejected, action "
                + "FROM run_file WHERE run_id = ? ORDER BY kind, billing_month, file_name").param(runId)
                .query((rs, n) -> storedFile(rs, rs.getString("action")))
                .list();
    }

    /** The files the store reflects now, with the counts of their last load. */
    public List<StoredFile> loadedFiles() {
        return jdbc.sql("SELECT kind, file_name, billing_month, sha256, rows_read, rows_accepted, rows_excluded, rows_rejected "
                + "FROM loaded_file ORDER BY kind, billing_month, file_name")
                .query((rs, n) -> storedFile(rs, null))
                .list();
    }

    private static StoredFile storedFile(ResultSet rs, String action) throws SQLException {
        String month = rs.getString("billing_month");
        return new StoredFile(rs.getString("kind"), rs.getString("file_name"), month == null ? null : YearMonth.parse(month),
                rs.getString("sha256"), rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_excluded"),
                rs.getLong("rows_rejected"),
                action);
    }
}
