package com.revreport.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.revreport.model.ControlCharacters;
import com.revreport.model.InputException;
import com.revreport.ingest.Sha256;
import com.revreport.model.InputFile;

/**
 * The files a step is to load, as the plan saw them, written into an execution context: one entry per
 * file, {@code <sha256>  <name relative to the input folder>} (the layout of {@code sha256sum}), so that a
 * step in another process finds the same files and can tell whether they changed since.
 */
final class PlannedFiles {

    private static final int SHA256_HEX = 64;

    private static final String SEPARATOR = "  ";

    private PlannedFiles() {
    }

    /** The entries of {@code files}, which lie under {@code input}, in the order given. */
    static ArrayList<String> entries(Path input, List<InputFile> files) {
        ArrayList<String> entries = new ArrayList<>();
        for (InputFile file : files) {
            String relative = input.toAbsolutePath().relativize(file.path().toAbsolutePath()).toString()
                    .replace(java.io.File.separatorChar, '/');
            entries.add(file.sha256() + SEPARATOR + relative);
        }
        return entries;
    }

    /**
     * Where a planned file is in {@code input}: the folder the planning process saw, or the one a process
     * that mounts it elsewhere sees.
     */
    static Path resolve(Path input, String relativeName) {
        return input.resolve(relativeName);
    }

    /**
     * The planned files, each checked against the SHA-256 the plan gave it: loading a file that changed
     * since would store figures of content the run did not plan, and record them under the old hash.
     *
     * @param month the billing month of the files, {@code null} for the ledger and the rates
     * @throws InputException naming the first file that changed or is gone
     */
    static List<InputFile> verified(Path input, List<String> entries, YearMonth month) {
        List<InputFile> files = new ArrayList<>();
        for (String entry : entries) {
            String planned = entry.substring(0, SHA256_HEX);
            String relative = entry.substring(SHA256_HEX + SEPARATOR.length());
            Path path = resolve(input, relative);
            String name = ControlCharacters.escape(relative);
            String now = Sha256.of(path);
            if (!now.equals(planned)) {
                throw new InputException(name + ": changed while the run was loading it (SHA-256 " + now
                        + ", planned " + planned + "); run again once the input folder is no longer being written");
            }
            files.add(new InputFile(path, name, planned, month));
        }
        return files;
    }
}
