package com.revreport.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.revreport.close.QuarterVersion;
import com.revreport.close.ReportedFigure;
import com.revreport.close.SignOff;
import com.revreport.close.SignedOffQuarter;
import com.revreport.close.VersionInput;
import com.revreport.close.VersionRecord;

/**
 * The quarter close's history (V16): each version of a quarter with its figures and inputs, and its
 * sign-offs. A version and a sign-off are each written in a transaction of their own and through to the
 * file before the workbook that shows them is moved into place (see {@link WriteThrough}).
 */
@Repository
public class QuarterVersions {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final TransactionTemplate ownTransaction;

    QuarterVersions(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A version as its first run recorded it: the workbook it wrote, to tell whether that ever reached its name. */
    public record Publication(String quarter, int version, String workbook, String workbookSha256) {
    }

    /** Every version of the quarter, newest first, each with its sign-offs in order. */
    public List<QuarterVersion> history(String quarter) {
        Map<Integer, List<SignOff>> signOffs = new TreeMap<>();
        jdbc.sql("SELECT version_no, reviewer, signed_at, note FROM quarter_sign_off WHERE quarter = ? "
                + "ORDER BY version_no, sign_off_no").param(quarter).query(rs -> {
                    signOffs.computeIfAbsent(rs.getInt("version_no"), v -> new ArrayList<>())
                            .add(new SignOff(rs.getString("reviewer"), instant(rs, "signed_at"), rs.getString("note")));
                });
        return jdbc.sql("SELECT version_no, published_at FROM quarter_version WHERE quarter = ? ORDER BY version_no DESC")
                .param(quarter).query((rs, n) -> new QuarterVersion(rs.getInt("version_no"), instant(rs, "published_at"),
                        signOffs.getOrDefault(rs.getInt("version_no"), List.of())))
                .list();
    }

    /** A version with the figures and inputs it is compared by. */
    public Optional<VersionRecord> record(String quarter, int version) {
        Optional<QuarterVersion> found = history(quarter).stream().filter(v -> v.number() == version).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<ReportedFigure> figures = jdbc.sql("SELECT figure, scope, period, number_value, text_value "
                + "FROM quarter_version_figure WHERE quarter = ? AND version_no = ? ORDER BY figure_no").param(quarter)
                .param(version).query((rs, n) -> new ReportedFigure(rs.getString("figure"), rs.getString("scope"),
                        rs.getString("period"), rs.getBigDecimal("number_value"), rs.getString("text_value")))
                .list();
        List<VersionInput> inputs = jdbc.sql("SELECT kind, billing_month, file_name, sha256 FROM quarter_version_input "
                + "WHERE quarter = ? AND version_no = ? ORDER BY input_no").param(quarter)
                .param(version).query((rs, n) -> new VersionInput(rs.getString("kind"),
                        rs.getString("billing_month") == null ? null : YearMonth.parse(rs.getString("billing_month")),
                        rs.getString("file_name"), rs.getString("sha256")))
                .list();
        return jdbc.sql("SELECT run_parameters, application_version FROM quarter_version WHERE quarter = ? AND "
                + "version_no = ?").param(quarter).param(version).query((rs, n) -> new VersionRecord(found.get(), figures,
                        inputs, parameters(rs.getString("run_parameters")), rs.getString("application_version")))
                .optional();
    }

    /**
     * Records a version the moment before its workbook is moved into place, committed and on disk.
     *
     * @param months the quarter's months, for the warning when one of them is restated after a sign-off
     */
    public void add(String quarter, VersionRecord record, List<YearMonth> months, long runId, String workbook,
            String workbookSha256) {
        ownTransaction.executeWithoutResult(status -> insert(quarter, record, months, runId, workbook, workbookSha256));
        WriteThrough.now(jdbc, template);
    }

    private void insert(String quarter, VersionRecord record, List<YearMonth> months, long runId, String workbook,
            String workbookSha256) {
        int version = record.version().number();
        jdbc.sql("INSERT INTO quarter_version (quarter, version_no, published_at, run_id, workbook, workbook_sha256, "
                + "first_month, last_month, run_parameters, application_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(quarter).param(version).param(utc(record.version().published())).param(runId).param(workbook)
                .param(workbookSha256).param(months.get(0).toString()).param(months.get(months.size() - 1).toString())
                .param(parameters(record.parameters())).param(record.applicationVersion()).update();
        List<ReportedFigure> figures = record.figures();
        for (int from = 0; from < figures.size(); from += BATCH) {
            int first = from;
            List<ReportedFigure> slice = figures.subList(from, Math.min(figures.size(), from + BATCH));
            template.batchUpdate("INSERT INTO quarter_version_figure (quarter, version_no, figure_no, figure, scope, "
                    + "period, number_value, text_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {

                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ReportedFigure f = slice.get(i);
                    ps.setString(1, quarter);
                    ps.setInt(2, version);
                    ps.setInt(3, first + i);
                    ps.setString(4, f.figure());
                    ps.setString(5, f.scope());
                    ps.setString(6, f.period());
                    ps.setBigDecimal(7, f.number());
                    ps.setString(8, f.text());
                }

                @Override
                public int getBatchSize() {
                    return slice.size();
                }
            });
        }
        List<Object[]> inputs = new ArrayList<>();
        for (VersionInput input : record.inputs()) {
            inputs.add(new Object[] { quarter, version, inputs.size(), input.kind(), input.file(),
                    input.month() == null ? null : input.month().toString(), input.sha256() });
        }
        if (!inputs.isEmpty()) {
            template.batchUpdate("INSERT INTO quarter_version_input (quarter, version_no, input_no, kind, file_name, "
                    + "billing_month, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)", inputs);
        }
    }

    /**
     * Records a reviewer's sign-off of a version, a second one of the same version as a second reviewer, with
     * the workbook that shows it: the run history's record of that workbook follows its new content, so an
     * unchanged night keeps it.
     */
    public void signOff(String quarter, int version, SignOff signOff, String workbook, String oldSha256,
            String newSha256) {
        ownTransaction.executeWithoutResult(status -> {
            insertSignOff(quarter, version, signOff);
            jdbc.sql("UPDATE run_history SET workbook_sha256 = ? WHERE workbook = ? AND workbook_sha256 = ?")
                    .param(newSha256).param(workbook).param(oldSha256).update();
        });
        WriteThrough.now(jdbc, template);
    }

    private void insertSignOff(String quarter, int version, SignOff signOff) {
        Integer last = jdbc.sql("SELECT MAX(sign_off_no) FROM quarter_sign_off WHERE quarter = ? AND version_no = ?")
                .param(quarter).param(version).query(Integer.class).optional().orElse(null);
        jdbc.sql("INSERT INTO quarter_sign_off (quarter, version_no, sign_off_no, reviewer, signed_at, note) "
                + "VALUES (?, ?, ?, ?, ?, ?)").param(quarter).param(version).param(last == null ? 1 : last + 1)
                .param(signOff.by()).param(utc(signOff.at())).param(signOff.note()).update();
    }

    /** Each quarter with a signed-off version: its newest signed-off version and the months it reported. */
    public List<SignedOffQuarter> signedOff() {
        Map<String, Integer> newest = new LinkedHashMap<>();
        jdbc.sql("SELECT quarter, MAX(version_no) AS version_no FROM quarter_sign_off GROUP BY quarter ORDER BY quarter")
                .query(rs -> {
                    newest.put(rs.getString("quarter"), rs.getInt("version_no"));
                });
        List<SignedOffQuarter> quarters = new ArrayList<>();
        newest.forEach((quarter, version) -> {
            QuarterVersion signed = history(quarter).stream().filter(v -> v.number() == version).findFirst().orElseThrow();
            List<YearMonth> months = new ArrayList<>();
            jdbc.sql("SELECT first_month, last_month FROM quarter_version WHERE quarter = ? AND version_no = ?")
                    .param(quarter).param(version).query(rs -> {
                        for (YearMonth m = YearMonth.parse(rs.getString("first_month")); !m.isAfter(
                                YearMonth.parse(rs.getString("last_month"))); m = m.plusMonths(1)) {
                            months.add(m);
                        }
                    });
            quarters.add(new SignedOffQuarter(quarter, signed, months));
        });
        return quarters;
    }

    /** The versions a run recorded first. */
    public List<Publication> recordedBy(long runId) {
        return jdbc.sql("SELECT quarter, version_no, workbook, workbook_sha256 FROM quarter_version WHERE run_id = ?")
                .param(runId).query((rs, n) -> new Publication(rs.getString("quarter"), rs.getInt("version_no"),
                        rs.getString("workbook"), rs.getString("workbook_sha256")))
                .list();
    }

    /**
     * Takes back a version whose workbook never reached its name, with its figures and inputs, in a
     * transaction of its own: the run's, failing, rolls back.
     */
    public void remove(String quarter, int version) {
        ownTransaction.executeWithoutResult(status -> {
            for (String table : List.of("quarter_sign_off", "quarter_version_input", "quarter_version_figure",
                    "quarter_version")) {
                jdbc.sql("DELETE FROM " + table + " WHERE quarter = ? AND version_no = ?").param(quarter).param(version)
                        .update();
            }
        });
        WriteThrough.now(jdbc, template);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** {@code name=value} lines, the backslash and line breaks escaped: no format beyond what a reader sees. */
    static String parameters(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((k, v) -> text.append(escape(k)).append('=').append(escape(v)).append('\n'));
        return text.toString();
    }

    static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                int eq = line.indexOf('=');
                parameters.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String escape(String value) {
        return value == null ? "\\0" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                .replace("=", "\\e");
    }

    private static String unescape(String value) {
        if (value.equals("\\0")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'e' -> '=';
                    default -> next;
                });
            }
            else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
