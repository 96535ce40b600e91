package com.revreport.ingest.format;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.revreport.model.InvalidOptionException;

/** The billing format {@code --billing-format} names: a built-in one by its name, or a format file. */
public final class BillingFormats {

    public static final String FOCUS_NAME = "focus";

    /**
     * FOCUS 1.0 to 1.2 (FinOps Open Cost and Usage Specification) as the providers write it, in the words
     * of a format file; docs/input-format.md shows the same text.
     */
    static final String FOCUS_DEFINITION = """
            billing:
              files: "*.csv"
              encoding: UTF-8
              delimiter: ","
              null-values: ["", "NULL"]
              columns:
                month: BillingPeriodStart
                client_id: SubAccountId
                client_name: SubAccountName
                segment: ServiceCategory
                charge_type: ChargeCategory
                amount: BilledCost
                currency: BillingCurrency
              month-pattern: "yyyy-MM-dd['T'][' ']HH:mm:ss[X]"
              decimal-separator: "."
              grouping-separator: ""
              sign-rules: false
              charge-types:
                Usage: USAGE
                Purchase: SUBSCRIPTION
                Credit: CREDIT
                Adjustment: ADJUSTMENT
                Tax: EXCLUDED
              corrections: {column: ChargeClass, value: Correction}
            """;

    private BillingFormats() {
    }

    /**
     * @param option {@code revreport}, {@code focus}, or a format file, relative to {@code workingFolder}
     * @throws InvalidOptionException naming the file and the key when a format file cannot be used
     */
    public static BillingFormat of(String option, Path workingFolder) {
        if (option == null || option.isBlank() || option.strip().equals(BillingFormat.NATIVE_NAME)) {
            return BillingFormat.NATIVE;
        }
        if (option.strip().equals(FOCUS_NAME)) {
            return focus();
        }
        Path file = workingFolder.resolve(option);
        if (!Files.isRegularFile(file)) {
            throw new InvalidOptionException("--billing-format=" + option + ": not a built-in format (revreport, focus) "
                    + "and no such file " + file.toAbsolutePath());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        }
        catch (CharacterCodingException notUtf8) {
            throw new InvalidOptionException("--billing-format=" + option + ": the file is not UTF-8 text");
        }
        catch (IOException unreadable) {
            throw new InvalidOptionException("--billing-format=" + option + ": the file cannot be read ("
                    + unreadable.getMessage() + ")");
        }
        return FormatFile.parse(option, text);
    }

    /** The format {@link BillingFormat#definition()} describes, in a process that did not read the option. */
    public static BillingFormat fromDefinition(String name, String definition) {
        if (definition.equals(BillingFormat.NATIVE_NAME)) {
            return BillingFormat.NATIVE;
        }
        if (definition.equals(FOCUS_NAME)) {
            return focus();
        }
        return FormatFile.parse(name, definition);
    }

    static BillingFormat focus() {
        BillingFormat written = FormatFile.parse(FOCUS_NAME, FOCUS_DEFINITION);
        return new BillingFormat(FOCUS_NAME, FOCUS_NAME, written.billing(), written.signRules(), written.chargeTypes(),
                written.correction(), written.ledger());
    }
}
