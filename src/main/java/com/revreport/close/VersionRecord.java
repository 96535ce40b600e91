package com.revreport.close;

import java.util.List;
import java.util.Map;

/**
 * What the store keeps of a version to compare the next one with: its figures, the files they were made
 * from, and the options and application version of the run that published it.
 */
public record VersionRecord(QuarterVersion version, List<ReportedFigure> figures, List<VersionInput> inputs,
        Map<String, String> parameters, String applicationVersion) {

    public VersionRecord {
        figures = List.copyOf(figures);
        inputs = List.copyOf(inputs);
        parameters = Map.copyOf(parameters);
    }
}
