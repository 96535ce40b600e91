package com.revreport.job;

import java.util.List;
import java.util.Map;

import com.revreport.ingest.Sha256;
import com.revreport.store.StoredFile;

/**
 * Everything a workbook's content depends on: the files the store reflects (name and SHA-256), the
 * explanation files (which change the workbook, not the store), the options, the template and the
 * application version. Two runs with the same fingerprint write the
 * same figures, so the second may keep the first's workbook instead of rewriting it.
 */
final class ReportFingerprint {

    private ReportFingerprint() {
    }

    /** @param explanationFiles the planned explanation files, as {@link PlannedFiles#entries} writes them */
    static String of(List<StoredFile> loadedFiles, List<String> explanationFiles, Map<String, String> parameters,
            String templateSha256, String applicationVersion) {
        StringBuilder text = new StringBuilder();
        loadedFiles.stream().map(f -> f.kind() + "|" + f.fileName() + "|" + f.sha256()).sorted()
                .forEach(line -> text.append(line).append('\n'));
        // none adds nothing, so a store from before explanations keeps its workbook
        explanationFiles.stream().sorted().forEach(entry -> text.append("explanation|").append(entry).append('\n'));
        new java.util.TreeMap<>(parameters).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        text.append("template=").append(templateSha256).append('\n').append("version=").append(applicationVersion);
        return Sha256.of(text.toString());
    }
}
