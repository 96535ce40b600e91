package com.revreport.ingest;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;

/** The files of the input folder: billing grouped by month, ledger and FX as wholes. */
public record InputInventory(SortedMap<YearMonth, List<InputFile>> billing, List<InputFile> ledger, List<InputFile> fx) {

    /**
     * @throws InputException when two files go by one name: names are escaped (a newline reads as
     *         {@code \n}), so a file named with a newline and one named with a backslash and an {@code n}
     *         would, and the store tells files apart by name
     */
    public InputInventory {
        // a file whose rows name several months is listed under each of them: one file, one name
        Map<String, java.nio.file.Path> names = new HashMap<>();
        files(billing, ledger, fx).filter(file -> !names.computeIfAbsent(file.name(), n -> file.path()).equals(file.path()))
                .findFirst().ifPresent(file -> {
            throw new InputException(file.name() + ": two files go by this name once control characters are "
                    + "escaped; rename one");
        });
    }

    public List<InputFile> all() {
        return files(billing, ledger, fx).toList();
    }

    private static Stream<InputFile> files(SortedMap<YearMonth, List<InputFile>> billing, List<InputFile> ledger,
            List<InputFile> fx) {
        return Stream.of(billing.values().stream().flatMap(List::stream), ledger.stream(), fx.stream()).flatMap(s -> s);
    }
}
