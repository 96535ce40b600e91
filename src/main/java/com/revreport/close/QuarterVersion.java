package com.revreport.close;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One published version of a quarter, as tblVersions lists it.
 *
 * @param published when its first workbook was published, to the second
 * @param signOffs its reviewers, in the order they signed off
 */
public record QuarterVersion(int number, Instant published, List<SignOff> signOffs) {

    public QuarterVersion {
        signOffs = List.copyOf(signOffs);
    }

    public boolean signedOff() {
        return !signOffs.isEmpty();
    }

    /** {@code M. Keller, J. Ortiz}: each reviewer once per sign-off, in order; blank when nobody has. */
    public String signedOffBy() {
        return signOffs.stream().map(SignOff::by).collect(Collectors.joining(", "));
    }

    /** The sign-offs' UTC times as ISO 8601 text, in the order of {@link #signedOffBy()}. */
    public String signedOffAt() {
        return signOffs.stream().map(s -> QuarterClose.utc(s.at())).collect(Collectors.joining(", "));
    }

    /** The reviewers' notes, each with its reviewer when more than one signed off. */
    public String notes() {
        List<SignOff> noted = signOffs.stream().filter(s -> s.note() != null && !s.note().isBlank()).toList();
        if (noted.size() == 1 && signOffs.size() == 1) {
            return noted.get(0).note();
        }
        return noted.stream().map(s -> s.by() + ": " + s.note()).collect(Collectors.joining("; "));
    }
}
