package com.revreport.model;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * A file of the input folder with its content hash.
 *
 * @param name the name the run shows, logs and stores (folder and file), its control characters escaped
 *        so that it cannot break a log line
 * @param month the billing month named in the file name; {@code null} for ledger and FX files
 */
public record InputFile(Path path, String name, String sha256, YearMonth month) {
}
