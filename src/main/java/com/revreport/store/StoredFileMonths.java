package com.revreport.store;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The months each billing file holds under a billing format whose rows name their month (V13), by the
 * file's SHA-256: a file's content decides its months, so they are worked out once per content.
 */
@Repository
public class StoredFileMonths {

    private final JdbcClient jdbc;

    public StoredFileMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** sha256 -> the months a file of that content holds, as read under the format {@code formatKey}. */
    public Map<String, Set<YearMonth>> known(String formatKey) {
        Map<String, Set<YearMonth>> months = new HashMap<>();
        jdbc.sql("SELECT sha256, billing_month FROM billing_file_month WHERE format_key = ?").param(formatKey)
                .query(rs -> {
                    months.computeIfAbsent(rs.getString(1), sha -> new TreeSet<>()).add(YearMonth.parse(rs.getString(2)));
                });
        return months;
    }

    /** Records the months of each content read this run, replacing what was recorded for it. */
    public void record(String formatKey, Map<String, Set<YearMonth>> monthsBySha) {
        monthsBySha.forEach((sha, months) -> {
            jdbc.sql("DELETE FROM billing_file_month WHERE format_key = ? AND sha256 = ?").param(formatKey).param(sha)
                    .update();
            for (YearMonth month : List.copyOf(months)) {
                jdbc.sql("INSERT INTO billing_file_month (format_key, sha256, billing_month) VALUES (?, ?, ?)")
                        .param(formatKey).param(sha).param(month.toString()).update();
            }
        });
    }
}
