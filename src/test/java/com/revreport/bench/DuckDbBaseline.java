package com.revreport.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The baseline of the benchmark: DuckDB reading the same billing files and summing amount per
 * client, segment, month and currency, which is the heart of what ingestion does (rows it cannot parse, such
 * as the demo's deliberate rejects, skipped). Plain JDBC, so
 * the driver is needed only at run time (Maven profile {@code bench}), never to compile the tests.
 *
 * <pre>java -cp ... com.revreport.bench.DuckDbBaseline INPUT_DIR</pre>
 */
public final class DuckDbBaseline {

    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path billing = Path.of(args.length > 0 ? args[0] : "bench-input").toAbsolutePath().resolve("billing");
        String sql = "SELECT client_id, segment, billing_month, currency, sum(amount) AS total, count(*) AS lines "
                + "FROM read_csv('" + billing + "/*.csv', header = true, quote = '\"', ignore_errors = true, "
                + "columns = {'line_id': 'VARCHAR', 'billing_month': 'VARCHAR', 'client_id': 'VARCHAR', "
                + "'client_name': 'VARCHAR', 'segment': 'VARCHAR', 'charge_type': 'VARCHAR', "
                + "'amount': 'DECIMAL(18,6)', 'currency': 'VARCHAR'}) "
                + "GROUP BY client_id, segment, billing_month, currency";
        long start = System.nanoTime();
        long groups = 0;
        long lines = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                groups++;
                lines += rs.getLong(6);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("duckdb_ms=" + millis + " groups=" + groups + " lines=" + lines + " threads="
                + Runtime.getRuntime().availableProcessors());
    }
}
