package com.revreport.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether each stored month still holds what its load wrote. Each load records its month's row count
 * and checksum in the same transaction as the rows ({@link RevenueStore#replaceMonth}); before figures
 * are read, every run reads each month's rows back and compares. A month whose rows, key range or
 * record went missing or changed would otherwise be read as it is, and the report would quietly lose it.
 */
@Repository
public class StoredMonthChecks {

    /** Rows a query hands over at a time, below H2's MAX_MEMORY_ROWS, as the figures read them. */
    private static final int PAGE = 20_000;

    private final JdbcClient jdbc;

    public StoredMonthChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** month -> what no longer matches, for every stored month that differs from its load's record. */
    public SortedMap<YearMonth, String> damagedMonths() {
        SortedSet<YearMonth> months = new TreeSet<>();
        Map<YearMonth, KeyRange> ranges = new TreeMap<>();
        ranges(jdbc).forEach(range -> ranges.put(range.month(), range));
        Map<YearMonth, MonthChecksum> records = new TreeMap<>();
        SortedSet<YearMonth> withFiles = new TreeSet<>();
        jdbc.sql("SELECT DISTINCT billing_month FROM loaded_file WHERE kind = ?").param(StoredFile.BILLING)
                .query(rs -> {
                    withFiles.add(YearMonth.parse(rs.getString("billing_month")));
                });
        jdbc.sql("SELECT billing_month, total_rows, checksum FROM billing_month_check").query(rs -> {
            records.put(YearMonth.parse(rs.getString("billing_month")),
                    new MonthChecksum(rs.getLong("total_rows"), rs.getLong("checksum")));
        });
        months.addAll(withFiles);
        months.addAll(ranges.keySet());
        months.addAll(records.keySet());
        SortedMap<YearMonth, String> damaged = new TreeMap<>();
        for (YearMonth month : months) {
            String damage = damage(ranges.get(month), records.get(month), withFiles.contains(month));
            if (damage != null) {
                damaged.put(month, damage);
            }
        }
        return damaged;
    }

    /** What is wrong with a month, or {@code null} when it holds what its load wrote. */
    private String damage(KeyRange range, MonthChecksum recorded, boolean withFiles) {
        if (range == null) {
            return "has lost its key range (billing_month_range)";
        }
        if (recorded == null) {
            return "has lost the record of its load (billing_month_check)";
        }
        if (!withFiles) {
            return "has lost the list of files it was loaded from (loaded_file)";
        }
        MonthChecksum held = held(jdbc, range);
        if (held.rows() != recorded.rows()) {
            return "holds " + held.rows() + " billing totals where its load wrote " + recorded.rows();
        }
        return held.checksum() == recorded.checksum() ? null : "holds billing totals that differ from those its load wrote";
    }

    /** For a store written before months were checked (V9 migration): each month's record, from its rows as they are. */
    public static void recordStoredMonths(JdbcClient jdbc) {
        for (KeyRange range : ranges(jdbc)) {
            MonthChecksum held = held(jdbc, range);
            jdbc.sql("INSERT INTO billing_month_check (billing_month, total_rows, checksum) VALUES (?, ?, ?)")
                    .param(range.month().toString()).param(held.rows()).param(held.checksum()).update();
        }
    }

    private record KeyRange(YearMonth month, long firstId, long lastId) {
    }

    private static List<KeyRange> ranges(JdbcClient jdbc) {
        return jdbc.sql("SELECT billing_month, first_id, last_id FROM billing_month_range").query((rs, n) -> new KeyRange(
                YearMonth.parse(rs.getString("billing_month")), rs.getLong("first_id"), rs.getLong("last_id"))).list();
    }

    /** The count and checksum of the rows a month's key range holds now, read in pages along the key. */
    private static MonthChecksum held(JdbcClient jdbc, KeyRange range) {
        MonthChecksum.Sum sum = MonthChecksum.sum();
        long[] after = { range.firstId() - 1 };
        int[] read = { 0 };
        do {
            read[0] = 0;
            jdbc.sql("SELECT total_id, client_id, client_name, segment, charge_type, currency, amount FROM billing_total "
                    + "WHERE total_id > ? AND total_id <= ? ORDER BY total_id LIMIT ?").param(after[0]).param(range.lastId())
                    .param(PAGE).query(rs -> {
                        after[0] = rs.getLong("total_id");
                        read[0]++;
                        sum.add(rs.getString("client_id"), rs.getString("client_name"), rs.getString("segment"),
                                rs.getString("charge_type"), rs.getString("currency"), rs.getBigDecimal("amount"));
                    });
        }
        // until the range's last key is read, or a page comes back empty (rows at the end of the range lost)
        while (read[0] > 0 && after[0] < range.lastId());
        return sum.result();
    }
}
