package com.revreport.close;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A quarter with a signed-off version, and the months that version reported: a month restated under it
 * moves figures a reviewer has already approved.
 *
 * @param version the newest signed-off version
 */
public record SignedOffQuarter(String quarter, QuarterVersion version, List<YearMonth> months) {

    /** The WARN line of a run that restated some of this quarter's months, if it did. */
    public Optional<String> restated(Set<YearMonth> restatedMonths) {
        List<YearMonth> hit = months.stream().filter(restatedMonths::contains).sorted().toList();
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(quarter + " was signed off at version " + version.number() + " by " + version.signedOffBy()
                + " (" + version.signedOffAt() + "); this run restated billing " + hit.stream().map(YearMonth::toString)
                        .collect(Collectors.joining(", ")) + " of it: its figures may no longer be the ones signed off");
    }
}
