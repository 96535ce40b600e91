package com.revreport.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;
import com.revreport.model.ChargeTotal;
import com.revreport.model.FileCounts;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;

/**
 * The write side of the store. Each replace runs in one transaction, so a failure midway leaves the
 * previous version of the month (or of the ledger, or of the rates) exactly as it was.
 */
@Repository
public class RevenueStore {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    public RevenueStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** month -> (file name -> sha256) of the billing files each month was last loaded from. */
    public Map<YearMonth, Map<String, String>> loadedBillingFiles() {
        Map<YearMonth, Map<String, String>> months = new TreeMap<>();
        jdbc.sql("SELECT billing_month, file_name, sha256 FROM loaded_file WHERE kind = ?").param(StoredFile.BILLING)
                .query(rs -> {
                    months.computeIfAbsent(YearMonth.parse(rs.getString("billing_month")), m -> new TreeMap<>())
                            .put(rs.getString("file_name"), rs.getString("sha256"));
                });
        return months;
    }

    /** file name -> sha256 of the ledger or FX files as last loaded. */
    public Map<String, String> loadedFiles(String kind) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("SELECT file_name, sha256 FROM loaded_file WHERE kind = ?").param(kind)
                .query(rs -> {
                    files.put(rs.getString("file_name"), rs.getString("sha256"));
                });
        return files;
    }

    @Transactional
    public void replaceMonth(MonthLoad load, long runId) {
        String month = load.month().toString();
        long firstId = firstTotalId(load.month());
        jdbc.sql("DELETE FROM billing_total WHERE total_id BETWEEN ? AND ?").param(firstId)
                .param(firstId + TOTAL_IDS_A_MONTH - 1).update();
        jdbc.sql("DELETE FROM billing_reject WHERE billing_month = ?").param(month).update();
        jdbc.sql("DELETE FROM billing_currency WHERE billing_month = ?").param(month).update();
        jdbc.sql("DELETE FROM loaded_file WHERE kind = ? AND billing_month = ?").param(StoredFile.BILLING).param(month)
                .update();
        // typed setters: the Object[] form makes Spring probe each value's SQL type, row by row
        List<ChargeTotal> totals = load.totals();
        Map<String, String> names = load.clientNames();
        for (int from = 0; from < totals.size(); from += BATCH) {
            int first = from;
            List<ChargeTotal> slice = totals.subList(from, Math.min(totals.size(), from + BATCH));
            template.batchUpdate("INSERT INTO billing_total (total_id, billing_month, client_id, client_name, segment, "
                    + "charge_type, currency, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {

                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ChargeTotal t = slice.get(i);
                    ps.setLong(1, firstId + 1 + first + i);
                    ps.setString(2, month);
                    ps.setString(3, t.clientId());
                    ps.setString(4, names.get(t.clientId()));
                    ps.setString(5, t.segment());
                    ps.setString(6, t.chargeType().name());
                    ps.setString(7, t.currency());
                    ps.setBigDecimal(8, t.amount());
                }

                @Override
                public int getBatchSize() {
                    return slice.size();
                }
            });
        }
        // numbered from 1 within the month, as the V5 migration numbered them; the figures read this range only
        mergeMonthRow("billing_month_range", "first_id", "last_id", month, firstId + 1, firstId + totals.size());
        // what the month's rows add up to, checked by every later run before figures are read (StoredMonthChecks)
        MonthChecksum.Sum written = MonthChecksum.sum();
        totals.forEach(t -> written.add(t.clientId(), names.get(t.clientId()), t.segment(), t.chargeType().name(),
                t.currency(), t.amount()));
        mergeMonthRow("billing_month_check", "total_rows", "checksum", month, written.result().rows(),
                written.result().checksum());
        batch("INSERT INTO billing_currency (billing_month, currency) VALUES (?, ?)",
                List.copyOf(totals.stream().map(ChargeTotal::currency).collect(java.util.stream.Collectors.toCollection(
                        java.util.TreeSet::new))), (String currency) -> new Object[] { month, currency });
        batch("INSERT INTO billing_reject (billing_month, file_name, line_no, reason, message, raw_record, client_id, "
                + "amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", load.rejects(), (Reject r) -> new Object[] {
                    month, r.file(), r.line(), r.reason().name(), r.message(), r.record(), r.clientId(), r.amount(),
                    r.currency() });
        insertLoadedFiles(StoredFile.BILLING, load.files(), runId);
    }

    /**
     * Writes a month's row of a table keyed by month, or replaces it: standard SQL MERGE, which H2 and
     * PostgreSQL (15 and later) both run, rather than either one's own upsert.
     */
    private void mergeMonthRow(String table, String first, String second, String month, long firstValue,
            long secondValue) {
        jdbc.sql("MERGE INTO " + table + " t USING (VALUES (CAST(? AS CHAR(7)), CAST(? AS BIGINT), CAST(? AS BIGINT))) "
                + "AS v (billing_month, " + first + ", " + second + ") ON t.billing_month = v.billing_month "
                + "WHEN MATCHED THEN UPDATE SET " + first + " = v." + first + ", " + second + " = v." + second + " "
                + "WHEN NOT MATCHED THEN INSERT (billing_month, " + first + ", " + second + ") VALUES (v.billing_month, v."
                + first + ", v." + second + ")").param(month).param(firstValue).param(secondValue).update();
    }

    /** Room for each month's totals in the row key (V5 migration): a billion. */
    private static final long TOTAL_IDS_A_MONTH = 1_000_000_000L;

    /** 2024-03 -> 202403000000000: a month's totals are numbered from 1 after it. */
    static long firstTotalId(YearMonth month) {
        return (month.getYear() * 100L + month.getMonthValue()) * TOTAL_IDS_A_MONTH;
    }

    @Transactional
    public void replaceLedger(List<LedgerEntry> entries, List<FileCounts> files, long runId) {
        jdbc.sql("DELETE FROM ledger_entry").update();
        jdbc.sql("DELETE FROM loaded_file WHERE kind = ?").param(StoredFile.LEDGER).update();
        batch("INSERT INTO ledger_entry (ledger_month, segment, currency, revenue) VALUES (?, ?, ?, ?)", entries,
                (LedgerEntry e) -> new Object[] { e.month().toString(), e.segment(), e.currency(), e.revenue() });
        insertLoadedFiles(StoredFile.LEDGER, files, runId);
    }

    @Transactional
    public void replaceRates(List<FxRate> rates, List<FileCounts> files, long runId) {
        jdbc.sql("DELETE FROM fx_rate").update();
        jdbc.sql("DELETE FROM loaded_file WHERE kind = ?").param(StoredFile.FX).update();
        batch("INSERT INTO fx_rate (rate_month, currency, rate) VALUES (?, ?, ?)", rates,
                (FxRate r) -> new Object[] { r.month().toString(), r.currency(), r.rate() });
        insertLoadedFiles(StoredFile.FX, files, runId);
    }

    private void insertLoadedFiles(String kind, List<FileCounts> files, long runId) {
        Timestamp now = Timestamp.from(Instant.now());
        batch("INSERT INTO loaded_file (kind, file_name, billing_month, sha256, rows_read, rows_accepted, "
                + "rows_excluded, rows_rejected, run_id, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", files,
                (FileCounts f) -> new Object[] { kind, f.file().name(),
                        f.file().month() == null ? null : f.file().month().toString(), f.file().sha256(), f.read(),
                        f.accepted(), f.excluded(), f.rejected(), runId, now });
    }

    public void startRun(long runId, Instant started) {
        jdbc.sql("INSERT INTO run_history (run_id, started_at, status) VALUES (?, ?, 'STARTED')").param(runId)
                .param(Timestamp.from(started)).update();
    }

    /** @param published the workbook the run left current, or {@code null} */
    public void finishRun(long runId, String status, String quarter, PublishedReport published, String message) {
        jdbc.sql("UPDATE run_history SET finished_at = ?, status = ?, quarter = ?, workbook = ?, workbook_sha256 = ?, "
                + "fingerprint = ?, message = ? WHERE run_id = ?").param(Timestamp.from(Instant.now())).param(status)
                .param(quarter).param(published == null ? null : published.workbook())
                .param(published == null ? null : published.workbookSha256())
                .param(published == null ? null : published.fingerprint())
                .param(message == null ? null : truncate(message, 4000)).param(runId).update();
    }

    /**
     * Records the workbook a run is about to move into place, outside the run's transaction and written
     * through to the file at once ({@link WriteThrough}): a run that dies before it ends still tells which
     * workbook it meant to publish, and whether it did is told by that file's SHA-256.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void recordPublication(PublishedReport published) {
        jdbc.sql("UPDATE run_history SET workbook = ?, workbook_sha256 = ? WHERE run_id = ?").param(published.workbook())
                .param(published.workbookSha256()).param(published.runId()).update();
        WriteThrough.now(jdbc, template);
    }

    /** The workbook a run recorded as published, finished or not. */
    public java.util.Optional<PublishedReport> publicationOf(long runId) {
        return jdbc.sql("SELECT run_id, fingerprint, workbook, workbook_sha256 FROM run_history WHERE run_id = ? "
                + "AND workbook IS NOT NULL").param(runId)
                .query(new DataClassRowMapper<>(PublishedReport.class))
                .optional();
    }

    /** The workbook of the newest completed run that published one. */
    public java.util.Optional<PublishedReport> lastPublishedReport() {
        return jdbc.sql("SELECT run_id, fingerprint, workbook, workbook_sha256 FROM run_history WHERE status = 'COMPLETED' "
                + "AND fingerprint IS NOT NULL AND workbook_sha256 IS NOT NULL ORDER BY run_id DESC LIMIT 1")
                .query(new DataClassRowMapper<>(PublishedReport.class))
                .optional();
    }

    /**
     * The workbook of a quarter the newest completed run left current: written or kept, complete or quarter
     * to date ({@code FY2024-Q3} or {@code FY2024-Q3-QTD} in the run history).
     */
    public java.util.Optional<PublishedReport> lastPublicationOf(String quarter) {
        return jdbc.sql("SELECT run_id, fingerprint, workbook, workbook_sha256 FROM run_history WHERE status = 'COMPLETED' "
                + "AND workbook IS NOT NULL AND workbook_sha256 IS NOT NULL AND (quarter = ? OR quarter = ?) "
                + "ORDER BY run_id DESC LIMIT 1").param(quarter).param(quarter + "-QTD")
                .query(new DataClassRowMapper<>(PublishedReport.class))
                .optional();
    }

    /** What this run saw of every file, with the action taken on the file's month. */
    @Transactional
    public void recordRunFiles(long runId, List<StoredFile> files) {
        jdbc.sql("DELETE FROM run_file WHERE run_id = ?").param(runId).update();
        batch("INSERT INTO run_file (run_id, kind, billing_month, file_name, sha256, rows_read, rows_accepted, "
                + "rows_excluded, rows_rejected, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", files,
                (StoredFile f) -> new Object[] { runId, f.kind(), f.month() == null ? null : f.month().toString(),
                        f.fileName(), f.sha256(), f.read(), f.accepted(), f.excluded(), f.rejected(), f.action() });
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private interface Row<T> {
        Object[] values(T item);
    }

    private <T> void batch(String sql, List<T> items, Row<T> row) {
        for (int from = 0; from < items.size(); from += BATCH) {
            List<Object[]> args = new ArrayList<>(Math.min(BATCH, items.size() - from));
            for (T item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                args.add(row.values(item));
            }
            template.batchUpdate(sql, args);
        }
    }
}
