package com.revreport.ingest;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import com.revreport.model.InputFile;

/**
 * What this run must load to make the store agree with the input folder (docs/how-it-works.md): a month or
 * the reference data is parsed again only when its set of file names and SHA-256 has changed.
 */
public record LoadPlan(InputInventory inventory, SortedMap<YearMonth, MonthAction> months, MonthAction ledger,
        MonthAction fx) {

    /**
     * @param loadedBilling month -> (file name -> sha256) as the store last loaded them
     * @param loadedLedger file name -> sha256 of the ledger as last loaded
     * @param loadedFx file name -> sha256 of the rates as last loaded
     * @param damaged the stored months whose rows no longer match what their load wrote
     */
    public static LoadPlan between(InputInventory inventory, Map<YearMonth, Map<String, String>> loadedBilling,
            Map<String, String> loadedLedger, Map<String, String> loadedFx, Set<YearMonth> damaged) {
        SortedMap<YearMonth, MonthAction> months = new TreeMap<>();
        inventory.billing().forEach((month, files) -> {
            MonthAction action = action(files, loadedBilling.get(month));
            months.put(month, action == MonthAction.UNCHANGED && damaged.contains(month) ? MonthAction.RELOADED : action);
        });
        Set<String> present = inventory.billing().values().stream().flatMap(List::stream).map(InputFile::name)
                .collect(Collectors.toSet());
        SortedMap<YearMonth, List<InputFile>> billing = new TreeMap<>(inventory.billing());
        loadedBilling.forEach((month, files) -> {
            if (inventory.billing().containsKey(month)) {
                return;
            }
            // a month whose files are all gone keeps what was loaded (exports get archived); one that a file still
            // in the folder held and holds no longer (its rows name their month) is loaded again, from no file
            if (files.keySet().stream().anyMatch(present::contains)) {
                billing.put(month, List.of());
                months.put(month, MonthAction.REPLACED);
            }
            else {
                months.put(month, MonthAction.KEPT);
            }
        });
        return new LoadPlan(new InputInventory(billing, inventory.ledger(), inventory.fx()), months,
                action(inventory.ledger(), loadedLedger), action(inventory.fx(), loadedFx));
    }

    private static MonthAction action(List<InputFile> files, Map<String, String> loaded) {
        if (loaded == null || loaded.isEmpty()) {
            return files.isEmpty() ? MonthAction.KEPT : MonthAction.LOADED;
        }
        if (files.isEmpty()) {
            return MonthAction.KEPT;
        }
        Map<String, String> now = files.stream().collect(Collectors.toMap(InputFile::name, InputFile::sha256));
        return now.equals(loaded) ? MonthAction.UNCHANGED : MonthAction.REPLACED;
    }

    /** The months whose files must be parsed this run. */
    public List<YearMonth> monthsToLoad() {
        return months.entrySet().stream()
                .filter(e -> e.getValue() == MonthAction.LOADED || e.getValue() == MonthAction.REPLACED
                        || e.getValue() == MonthAction.RELOADED)
                .map(Map.Entry::getKey).toList();
    }

    public boolean loads(MonthAction action) {
        return action == MonthAction.LOADED || action == MonthAction.REPLACED;
    }
}
