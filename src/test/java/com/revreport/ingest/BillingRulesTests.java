package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.revreport.model.RejectReason;
import com.revreport.model.InputException;
import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvLines;
import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.CsvRecordReader;
import com.revreport.ingest.csv.Amounts;

/**
 * Each rule of docs/input-format.md on a hand-written line of a March 2024 file, read both ways a line is read: as it
 * stands in the read buffer (the plain path) and parsed as text. Both must come to the same verdict, word
 * for word.
 */
class BillingRulesTests {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private static final String FILE = "billing/billing-2024-03.csv";

    private static final String HEADER = String.join(",", BillingRules.COLUMNS);

    @TempDir
    Path dir;

    @Test
    void givesEachLineTheFirstRuleItBreaksInTheSpecsOrderAlikeFromBytesAndFromText() throws IOException {
        Path file = write(HEADER,
                "L1,2024-03,C1,Acme,AI,USAGE,10.5,USD",
                "L2,2024-03,C2,Beta,AI,USAGE,5",
                "L3,2024-03,,Gamma,AI,USAGE,5,USD",
                "L4,2024-3,C4,Delta,AI,USAGE,5,USD",
                "L5,2024-02,C5,Eps,AI,USAGE,5,USD",
                "L6,2024-03,C6,Zeta,AI,USAGE,1e3,USD",
                "L7,2024-03,C7,Eta,AI,REFUND,5,USD",
                "L8,2024-03,C8,Theta,AI,USAGE,-5,USD",
                "L9,2024-03,C9,Iota,AI,credit,0.01,USD",
                "L10,2024-03,C10,Kappa,AI,USAGE,5,XXY",
                "L1,2024-03,C1,Acme,AI,USAGE,7,USD",
                "L12,2024-13,,Mu,AI,REFUND,x,ZZZ",
                "L13,2024-03,C13,Nu,AI,REFUND,1234567890123456789,ZZZ",
                "L14,2024-03,C14,Xi,AI,ADJUSTMENT,-0,ZZZ");

        List<String> expected = List.of(
                // 10.5 = 10,500,000 millionths
                "accepted USAGE 10500000",
                "MALFORMED_ROW: expected 8 fields as in the header, found 7",
                "MISSING_FIELD: client_id is blank",
                "INVALID_MONTH: billing_month '2024-3' is not YYYY-MM",
                "MONTH_MISMATCH: billing_month 2024-02 differs from the file's month 2024-03",
                "INVALID_AMOUNT: amount '1e3' is not a plain decimal (optional -, 1 to 18 digits, up to 6 decimals, "
                        + "no separators)",
                "INVALID_CHARGE_TYPE: charge_type 'REFUND' is not USAGE, SUBSCRIPTION, CREDIT or ADJUSTMENT",
                "SIGN_MISMATCH: USAGE amount -5 is below zero",
                // the charge type in any case, named in capitals
                "SIGN_MISMATCH: CREDIT amount 0.01 is above zero",
                "UNKNOWN_CURRENCY: currency 'XXY' is not an ISO 4217 code",
                "DUPLICATE_LINE: line_id 'L1' already seen in 2024-03; the first occurrence is kept",
                // blank client, bad month, charge type, amount and currency: the blank comes first
                "MISSING_FIELD: client_id is blank",
                // bad amount, charge type and currency: the amount comes first
                "INVALID_AMOUNT: amount '1234567890123456789' has 19 digits before the point, more than 18",
                // -0 is zero, which an adjustment may be; then the currency
                "UNKNOWN_CURRENCY: currency 'ZZZ' is not an ISO 4217 code");
        readsBothWaysAs(file, expected);
    }

    @Test
    void readsValuesTrimmedInAnyCaseAndAmountsBeyondALongFromBytesAsFromText() throws IOException {
        Path file = write(HEADER,
                " L1 ,\t2024-03 ,C1,Acme,AI,usage,1234567890123.5,EUR",
                "L2,2024-03,C2,Beta,AI,Credit,-0.000001,EUR",
                "L3,2024-03,C3,Gamma,AI,ADJUSTMENT,-000000000000000001.5,EUR",
                "L1,2024-03,C1,Acme,AI,USAGE,1,EUR");

        List<String> expected = List.of(
                // 13 whole digits: summed as a BigDecimal from its text
                "accepted USAGE " + Amounts.TOO_LARGE,
                "accepted CREDIT -1",
                // 1.5 = 1,500,000 millionths, below zero; the leading zeros count towards the 18 digits only
                "accepted ADJUSTMENT -1500000",
                // the line id was trimmed when first seen
                "DUPLICATE_LINE: line_id 'L1' already seen in 2024-03; the first occurrence is kept");
        readsBothWaysAs(file, expected);
    }

    @Test
    void rejectsUnbalancedQuotesWhichOnlyTheTextPathSees() throws IOException {
        Path file = write(HEADER,
                "L1,2024-03,C1,\"Acme\" Inc,AI,USAGE,5,USD",
                "L2,2024-03,C2,\"Beta, Inc\",AI,USAGE,5,USD");

        assertThat(fromBytes(file)).containsExactly("read as text", "read as text");
        assertThat(fromText(file)).containsExactly("MALFORMED_ROW: unbalanced quotes: a quote that never closes, "
                + "a quote inside an unquoted field, or text after a closing quote", "accepted USAGE 5000000");
    }

    @Test
    void failsTheFileOnAValidRowWithANameLongerThanTheStoreKeepsCountingCharactersNotBytes() throws IOException {
        Path tooLong = write(HEADER, "L1,2024-03,C1," + "a".repeat(4001) + ",AI,USAGE,5,USD");
        // 4,000 characters of two bytes each: 8,000 bytes, but 4,000 characters are kept
        Path wide = write(HEADER, "L1,2024-03,C1," + "é".repeat(4000) + ",AI,USAGE,5,USD");
        // too long, but a duplicate: the reject reason comes first
        Path duplicate = write(HEADER, "L1,2024-03,C1,Acme,AI,USAGE,5,USD",
                "L1,2024-03,C1," + "a".repeat(4001) + ",AI,USAGE,5,USD");

        String message = FILE + " line 2: client_name is 4001 characters long, more than the 4000 the store keeps";
        assertThatThrownBy(() -> fromBytes(tooLong)).isInstanceOf(InputException.class).hasMessage(message);
        assertThatThrownBy(() -> fromText(tooLong)).isInstanceOf(InputException.class).hasMessage(message);
        assertThat(fromText(wide)).containsExactly("accepted USAGE 5000000");
        assertThat(fromBytes(duplicate)).containsExactly("accepted USAGE 5000000",
                "DUPLICATE_LINE: line_id 'L1' already seen in 2024-03; the first occurrence is kept");
        assertThat(fromText(duplicate)).isEqualTo(fromBytes(duplicate));
    }

    private static void readsBothWaysAs(Path file, List<String> verdicts) throws IOException {
        assertThat(fromBytes(file)).containsExactlyElementsOf(verdicts);
        assertThat(fromText(file)).containsExactlyElementsOf(verdicts);
    }

    private Path write(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "billing-2024-03", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The verdict on each line shown where it stands in the read buffer, as the plain path shows it. */
    private static List<String> fromBytes(Path file) throws IOException {
        BillingRules rules = new BillingRules(MARCH, new LineIdSet());
        BillingRow row = new BillingRow(FILE, CsvHeader.of(BillingRules.COLUMNS, FILE, BillingRules.COLUMNS));
        List<String> verdicts = new ArrayList<>();
        try (CsvLines lines = new CsvLines(Files.newInputStream(file))) {
            lines.next(); // the header
            while (lines.next()) {
                if (lines.quoted() || lines.nonAscii()) {
                    verdicts.add("read as text");
                    continue;
                }
                row.show(lines);
                verdicts.add(verdict(rules, row));
            }
        }
        return verdicts;
    }

    /** The verdict on each record parsed as text. */
    private static List<String> fromText(Path file) throws IOException {
        BillingRules rules = new BillingRules(MARCH, new LineIdSet());
        List<String> verdicts = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(file)) {
            BillingRow row = new BillingRow(FILE, CsvHeader.read(reader, FILE, BillingRules.COLUMNS));
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                row.show(record);
                verdicts.add(verdict(rules, row));
            }
        }
        return verdicts;
    }

    private static String verdict(BillingRules rules, BillingRow row) {
        RejectReason reason = rules.check(row);
        return reason == null ? "accepted " + row.chargeType() + " " + row.micros()
                : reason + ": " + rules.message(reason, row);
    }
}
