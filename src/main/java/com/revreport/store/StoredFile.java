package com.revreport.store;

import java.time.YearMonth;

/** A file as the store last loaded it, or as a run saw it. */
public record StoredFile(String kind, String fileName, YearMonth month, String sha256, long read, long accepted,
        long excluded, long rejected, String action) {

    public static final String BILLING = "BILLING";

    public static final String LEDGER = "LEDGER";

    public static final String FX = "FX";
}
