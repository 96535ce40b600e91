package com.revreport.job;

import static com.revreport.testing.StoreFiles.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.RevReportApplication;
import com.revreport.testing.WorkbookTables;

/**
 * The same billing rows written three ways, as finance teams receive them: the native files, a European
 * ERP's Excel-saved CSV (semicolons, Windows-1252, {@code 1.234,56}, credits in parentheses, the date in a
 * column, one file for the whole quarter) and Excel's "Unicode text" (tab-separated UTF-16 with a
 * byte-order mark, {@code $1,234.56}, one file a month). Each runs the whole application on a real H2 store;
 * the workbooks must agree figure for figure.
 */
class BillingFormatRunTests {

    static final String LEDGER = "month,segment,revenue,currency\n"
            + "2024-07,AI,1034.56,USD\n2024-07,Cloud,1100000.11,USD\n"
            + "2024-08,AI,500.00,USD\n2024-08,Cloud,-12.34,USD\n"
            + "2024-09,AI,2000.01,USD\n2024-09,Cloud,330.00,USD\n";

    static final String RATES = "month,currency,rate\n2024-07,EUR,1.1\n2024-08,EUR,1.1\n2024-09,EUR,1.1\n";

    /** July: Müller 1,234.56 less Zoë's credit of 200.00 in AI; Zoë's 1,000,000.10 EUR in Cloud. */
    static final String NATIVE_JULY = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n"
            + "L1,2024-07,C1,Müller GmbH,AI,USAGE,1234.56,USD\n"
            + "L2,2024-07,C2,Zoë Ltd,AI,CREDIT,-200.00,USD\n"
            + "L3,2024-07,C2,Zoë Ltd,Cloud,USAGE,1000000.10,EUR\n";

    static final String NATIVE_AUGUST = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n"
            + "L4,2024-08,C1,Müller GmbH,AI,SUBSCRIPTION,500,USD\n"
            + "L5,2024-08,C3,Ångström AB,Cloud,ADJUSTMENT,-12.34,USD\n";

    static final String NATIVE_SEPTEMBER = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n"
            + "L6,2024-09,C1,Müller GmbH,AI,USAGE,2000.01,USD\n"
            + "L7,2024-09,C3,Ångström AB,Cloud,USAGE,300,EUR\n";

    /** The European ERP's layout, as docs/input-format.md shows it. */
    static final String ERP_FORMAT = """
            billing:
              files: "*.csv"
              encoding: windows-1252
              delimiter: ";"
              columns:
                line_id: Belegnr
                month: Leistungsdatum
                client_id: Kundennr
                client_name: Kunde
                segment: Sparte
                charge_type: Art
                amount: Betrag
                currency: Währung
              month-pattern: dd.MM.yyyy
              decimal-separator: ","
              grouping-separator: "."
              negative-in-parentheses: true
              charge-types:
                Nutzung: USAGE
                Abo: SUBSCRIPTION
                Gutschrift: CREDIT
                Korrektur: ADJUSTMENT
                Steuer: EXCLUDED
            ledger:
              encoding: windows-1252
              delimiter: ";"
              columns: {month: Monat, segment: Sparte, revenue: Erlös}
              month-pattern: MM.yyyy
              decimal-separator: ","
              grouping-separator: "."
              negative-in-parentheses: true
            """;

    /** The ledger of {@link #LEDGER} as the ERP books it, in the reporting currency, which it does not name. */
    static final String ERP_LEDGER = "Monat;Sparte;Erlös\n"
            + "07.2024;AI;1.034,56\n07.2024;Cloud;1.100.000,11\n"
            + "08.2024;AI;500,00\n08.2024;Cloud;(12,34)\n"
            + "09.2024;AI;2.000,01\n09.2024;Cloud;330,00\n";

    /** The quarter in one file, rows out of month order, a tax line the format excludes. */
    static final String ERP_EXPORT = "Belegnr;Leistungsdatum;Kundennr;Kunde;Sparte;Art;Betrag;Währung\n"
            + "L6;30.09.2024;C1;Müller GmbH;AI;Nutzung;2.000,01;USD\n"
            + "L1;01.07.2024;C1;Müller GmbH;AI;Nutzung;1.234,56;USD\n"
            + "L2;15.07.2024;C2;Zoë Ltd;AI;Gutschrift;(200,00);USD\n"
            + "L3;31.07.2024;C2;Zoë Ltd;Cloud;Nutzung;1.000.000,10;EUR\n"
            + "S1;31.07.2024;C2;Zoë Ltd;Cloud;Steuer;190.000,02;EUR\n"
            + "L4;01.08.2024;C1;Müller GmbH;AI;Abo;500;USD\n"
            + "L5;12.08.2024;C3;Ångström AB;Cloud;Korrektur;(12,34);USD\n"
            + "L7;02.09.2024;C3;Ångström AB;Cloud;Nutzung;300,00;EUR\n";

    /** Excel's "Unicode text": tab-separated UTF-16 with a byte-order mark; the month in the file's name. */
    static final String UNICODE_TEXT_FORMAT = """
            billing:
              files: "billing-*.txt"
              encoding: UTF-16
              delimiter: "\\t"
              columns: {line_id: line_id, client_id: client_id, client_name: client_name, segment: segment,
                        charge_type: charge_type, amount: amount, currency: currency}
              grouping-separator: ","
              currency-symbols: ["$", "€"]
            """;

    static final String TEXT_HEADER = "line_id\tclient_id\tclient_name\tsegment\tcharge_type\tamount\tcurrency\n";

    @TempDir
    Path dir;

    @Test
    void anErpExportAndAUnicodeTextExportOfTheSameRowsGiveTheNativeFiguresFigureForFigure() throws Exception {
        Path nativeInput = input("native");
        write(nativeInput.resolve("billing/billing-2024-07.csv"), NATIVE_JULY, StandardCharsets.UTF_8);
        write(nativeInput.resolve("billing/billing-2024-08.csv"), NATIVE_AUGUST, StandardCharsets.UTF_8);
        write(nativeInput.resolve("billing/billing-2024-09.csv"), NATIVE_SEPTEMBER, StandardCharsets.UTF_8);

        Path erpInput = input("erp");
        write(erpInput.resolve("billing/Export Q3 2024.csv"), ERP_EXPORT, Charset.forName("windows-1252"));
        write(erpInput.resolve("ledger/ledger.csv"), ERP_LEDGER, Charset.forName("windows-1252"));
        Path erpFormat = write(dir.resolve("erp.yaml"), ERP_FORMAT, StandardCharsets.UTF_8);

        Path textInput = input("text");
        // UTF-16 as Excel writes it: little-endian after a byte-order mark
        write(textInput.resolve("billing/billing-2024-07.txt"), "\ufeff" + TEXT_HEADER
                + "L1\tC1\tMüller GmbH\tAI\tUSAGE\t$1,234.56\tUSD\n"
                + "L2\tC2\tZoë Ltd\tAI\tCREDIT\t-$200.00\tUSD\n"
                + "L3\tC2\tZoë Ltd\tCloud\tUSAGE\t€1,000,000.10\tEUR\n", StandardCharsets.UTF_16LE);
        write(textInput.resolve("billing/billing-2024-08.txt"), "\ufeff" + TEXT_HEADER
                + "L4\tC1\tMüller GmbH\tAI\tSUBSCRIPTION\t$500.00\tUSD\n"
                + "L5\tC3\tÅngström AB\tCloud\tADJUSTMENT\t-$12.34\tUSD\n", StandardCharsets.UTF_16LE);
        write(textInput.resolve("billing/billing-2024-09.txt"), "\ufeff" + TEXT_HEADER
                + "L6\tC1\tMüller GmbH\tAI\tUSAGE\t$2,000.01\tUSD\n"
                + "L7\tC3\tÅngström AB\tCloud\tUSAGE\t€300.00\tEUR\n", StandardCharsets.UTF_16LE);
        Path textFormat = write(dir.resolve("unicode-text.yaml"), UNICODE_TEXT_FORMAT, StandardCharsets.UTF_8);

        Path nativeBook = run("native", nativeInput);
        Path erpBook = run("erp", erpInput, "--billing-format=" + erpFormat);
        Path textBook = run("text", textInput, "--billing-format=" + textFormat);

        for (String table : List.of("tblSegments", "tblReconciliation", "tblConcentration", "tblConcentrationSummary",
                "tblGrowth", "tblMonthly", "tblClients")) {
            assertThat(WorkbookTables.rows(erpBook, table)).as(table).isEqualTo(WorkbookTables.rows(nativeBook, table));
            assertThat(WorkbookTables.rows(textBook, table)).as(table).isEqualTo(WorkbookTables.rows(nativeBook, table));
        }
        // worked by hand: July AI = 1,234.56 - 200.00 = 1,034.56; Cloud = 1,000,000.10 EUR x 1.1 = 1,100,000.11
        // USD; the quarter's Cloud = 1,100,000.11 - 12.34 + 300 x 1.1 = 1,100,317.77
        List<Map<String, Object>> clients = WorkbookTables.rows(erpBook, "tblClients");
        assertThat(clients).extracting(row -> row.get("Client")).contains("Müller GmbH", "Zoë Ltd", "Ångström AB");
        assertThat(reconciled(erpBook, "2024-07", "Cloud")).isEqualByComparingTo("1100000.11");
        assertThat(reconciled(erpBook, "2024-07", "AI")).isEqualByComparingTo("1034.56");
        assertThat(query(dir.resolve("store-erp"), "SELECT SUM(amount) FROM billing_total WHERE segment = 'Cloud' "
                + "AND currency = 'USD'").get(0).get(0)).isEqualTo("-12.34");

        // the Run sheet names the format and counts the tax line: 3 July rows read = 2 accepted + 1 excluded
        // (July's rows of the one file are L1, L2, L3 and S1: 4 read, 3 accepted, 1 excluded)
        List<Map<String, Object>> run = WorkbookTables.rows(erpBook, "tblRun");
        assertThat(item(run, "Billing format")).isEqualTo(erpFormat.toString());
        assertThat(run).filteredOn(row -> "2024-07".equals(row.get("Month")))
                .extracting(row -> row.get("Read"), row -> row.get("Accepted"), row -> row.get("Excluded"),
                        row -> row.get("Rejected"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("4.0"), new BigDecimal("3.0"),
                        new BigDecimal("1.0"), new BigDecimal("0.0")));
        assertThat(WorkbookTables.rows(nativeBook, "tblRun")).extracting(row -> row.get("Item"))
                .doesNotContain("Duplicate lines");
    }

    @Test
    void restatingOneRowOfAFileThatSpansMonthsChangesExactlyItsMonth() throws Exception {
        Path input = input("focus");
        Path export = input.resolve("billing/focus-export.csv");
        String august = focusRow("2024-08-01T00:00:00Z", "SA-1", "AI", "1000.000000000001");
        String september = focusRow("2024-09-01T00:00:00Z", "SA-1", "AI", "2000.50");
        String julyOther = focusRow("2024-07-01T00:00:00Z", "SA-2", "Cloud", "0.00000080000");
        write(export, FOCUS_HEADER + julyOther + august + september, StandardCharsets.UTF_8);

        run("focus", input, "--billing-format=focus");
        List<List<Object>> before = totals();
        assertThat(before).hasSize(3);

        // September's one row is restated: 2,000.50 becomes 2,100.50
        write(export, FOCUS_HEADER + julyOther + august + september.replace("2000.50", "2100.50"),
                StandardCharsets.UTF_8);
        Path workbook = run("focus", input, "--billing-format=focus");

        List<List<Object>> after = totals();
        assertThat(after.get(0)).isEqualTo(before.get(0)); // July, 0.00000080000 kept to the twelfth digit
        assertThat(after.get(1)).isEqualTo(before.get(1)); // August, 1000.000000000001
        assertThat(after.get(2)).containsExactly("2024-09", "SA-1", "2100.5");
        assertThat(before.get(0).get(2)).isEqualTo("0.0000008");
        assertThat(before.get(1).get(2)).isEqualTo("1000.000000000001");
        // FOCUS has no line ids: the Run sheet says duplicates were not checked
        assertThat(item(WorkbookTables.rows(workbook, "tblRun"), "Duplicate lines"))
                .isEqualTo("not checked: the billing format has no line_id column");
    }

    @Test
    void aRowMovedToAnotherMonthEmptiesTheMonthItLeft() throws Exception {
        Path input = input("moved");
        Path export = input.resolve("billing/focus-export.csv");
        write(export, FOCUS_HEADER + focusRow("2024-08-01T00:00:00Z", "SA-1", "AI", "10")
                + focusRow("2024-09-01T00:00:00Z", "SA-1", "AI", "20"), StandardCharsets.UTF_8);
        run("moved", input, "--billing-format=focus");

        // the August row was booked in the wrong month: the file now holds September only
        write(export, FOCUS_HEADER + focusRow("2024-09-01T00:00:00Z", "SA-1", "AI", "10")
                + focusRow("2024-09-01T00:00:00Z", "SA-1", "AI", "20"), StandardCharsets.UTF_8);
        run("moved", input, "--billing-format=focus");

        assertThat(query(dir.resolve("store-moved"), "SELECT billing_month, SUM(amount) FROM billing_total "
                + "GROUP BY billing_month ORDER BY billing_month")).satisfiesExactly(
                        september -> assertThat(september).containsExactly("2024-09", "30"));
    }

    static final String FOCUS_HEADER = "BillingPeriodStart,ChargeCategory,ChargeClass,SubAccountId,SubAccountName,"
            + "ServiceCategory,BilledCost,BillingCurrency\n";

    static String focusRow(String start, String subAccount, String service, String cost) {
        return String.join(",", start, "Usage", "NULL", subAccount, "NULL", service, cost, "USD") + "\n";
    }

    private List<List<Object>> totals() throws SQLException {
        return query(dir.resolve("store-focus"), "SELECT billing_month, client_id, amount FROM billing_total "
                + "ORDER BY billing_month");
    }

    private BigDecimal reconciled(Path workbook, String period, String segment) throws IOException {
        return WorkbookTables.rows(workbook, "tblReconciliation").stream()
                .filter(row -> period.equals(row.get("Month")) && segment.equals(row.get("Segment")))
                .map(row -> new BigDecimal(String.valueOf(row.get("Billed")))).findFirst().orElseThrow();
    }

    private static Object item(List<Map<String, Object>> run, String item) {
        return run.stream().filter(row -> item.equals(row.get("Item"))).findFirst().orElseThrow().get("Value");
    }

    private Path input(String name) throws IOException {
        Path input = dir.resolve("input-" + name);
        write(input.resolve("ledger/ledger.csv"), LEDGER, StandardCharsets.UTF_8);
        write(input.resolve("fx/fx.csv"), RATES, StandardCharsets.UTF_8);
        Files.createDirectories(input.resolve("billing"));
        return input;
    }

    private static Path write(Path file, String content, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private Path run(String name, Path input, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--store=" + dir.resolve("store-" + name),
                "--output=" + dir.resolve("output-" + name), "--fiscal-year-start-month=7", "--quarter=FY2025-Q1"));
        args.addAll(List.of(extra));
        assertThat(RevReportApplication.run(args.toArray(String[]::new))).as(name).isZero();
        return dir.resolve("output-" + name + "/FY2025-Q1/revenue-report-FY2025-Q1.xlsx");
    }
}
