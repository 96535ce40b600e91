package com.revreport.close;

import java.time.YearMonth;

/**
 * A file a version's figures were made from, as the store had loaded it.
 *
 * @param kind {@code BILLING}, {@code LEDGER} or {@code FX}, as the store names them
 * @param month a billing file's month; null for the ledger and the rates
 */
public record VersionInput(String kind, YearMonth month, String file, String sha256) {

    public static final String BILLING = "BILLING";

    public static final String LEDGER = "LEDGER";

    public static final String FX = "FX";
}
