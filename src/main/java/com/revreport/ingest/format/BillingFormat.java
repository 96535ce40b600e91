package com.revreport.ingest.format;

import java.util.Locale;
import java.util.Map;

/**
 * How the billing exports (and optionally the ledger) of an input folder are written: the native layout,
 * the built-in {@code focus}, or a format file. Whatever the format, a row ends as the same validated
 * row, under the same rules and reject reasons (docs/input-format.md).
 *
 * @param name what the Run sheet calls it: {@code revreport}, {@code focus} or the format file as given
 * @param definition what another process rebuilds it from ({@link BillingFormats#fromDefinition}): the
 *        name of a built-in format, or the format file's text
 * @param billing the billing files' layout; {@code null} for the native layout, read by its own fast path
 * @param signRules whether usage and subscriptions must not be below zero nor credits above
 * @param chargeTypes export value -> what it counts as, looked up in any case; {@code null} for the native four names
 * @param correction a column and value that make a row an ADJUSTMENT whatever its charge type, or {@code null}
 * @param ledger the ledger files' layout; {@code null} for the native ledger
 */
public record BillingFormat(String name, String definition, ExportLayout billing, boolean signRules,
        Map<String, ChargeTarget> chargeTypes, Correction correction, ExportLayout ledger) {

    /** The native layout of docs/input-format.md. */
    public static final String NATIVE_NAME = "revreport";

    public static final BillingFormat NATIVE = new BillingFormat(NATIVE_NAME, NATIVE_NAME, null, true, null, null, null);

    /**
     * A row whose {@code column} holds {@code value} (in any case) is an ADJUSTMENT: FOCUS marks a correction
     * of an earlier period's charge that way, whatever the charge's category.
     */
    public record Correction(String column, String value) {
    }

    public boolean isNative() {
        return billing == null;
    }

    /** Whether rows carry a line id, so that a line billed twice is caught as DUPLICATE_LINE. */
    public boolean checksLineIds() {
        return billing == null || billing.has(BillingField.LINE_ID.key());
    }

    /** Whether each row names its month, so that a file may hold any months and need name none. */
    public boolean monthsFromColumn() {
        return billing != null && billing.has(BillingField.MONTH.key());
    }

    /** What an export's charge type counts as; {@code null} when the format does not know it. */
    public ChargeTarget chargeTarget(String value) {
        if (chargeTypes != null) {
            return chargeTypes.get(value);
        }
        try {
            ChargeTarget target = ChargeTarget.valueOf(value.toUpperCase(Locale.ROOT));
            return target == ChargeTarget.EXCLUDED ? null : target;
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The charge types the format knows, for a reject's message. */
    public String knownChargeTypes() {
        return chargeTypes == null ? "USAGE, SUBSCRIPTION, CREDIT or ADJUSTMENT" : String.join(", ", chargeTypes.keySet());
    }
}
