package com.revreport.ingest;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;

/** The files of the input folder: billing grouped by month, ledger and FX as wholes. */
public record InputInventory(SortedMap<YearMonth, List<InputFile>> billing, List<InputFile> ledger, List<InputFile> fx) {

    public List<InputFile> all() {
        return java.util.stream.Stream.of(billing.values().stream().flatMap(List::stream), ledger.stream(), fx.stream())
                .flatMap(s -> s).toList();
    }
}
