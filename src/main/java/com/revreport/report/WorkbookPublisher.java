package com.revreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a quarter's workbook from the template and publishes it atomically:
 * {@code <outputDir>/<quarter>/revenue-report-<quarter>[-QTD].xlsx}. The file is written to a
 * temporary file in the same folder and moved into place, so nobody ever opens half a report and
 * a failed run leaves the previous report as it was.
 */
public class WorkbookPublisher {

    private final Path template;

    /** @param template the report template, e.g. {@code templates/quarterly-report.xlsx} */
    public WorkbookPublisher(Path template) {
        this.template = template;
    }

    /**
     * @return the published workbook
     * @throws IOException when the template cannot be read or the workbook cannot be written
     * @throws IllegalStateException when the template lacks a sheet, table or header the spec requires
     */
    public Path publish(ReportContent content, Path outputDir) throws IOException {
        Path folder = outputDir.resolve(content.figures().period().quarter().label());
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(content));
        Path temp = Files.createTempFile(folder, ".revenue-report-", ".xlsx.tmp");
        try {
            // read from a stream: opening the template as a package would write changes back into it
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                ReportWorkbook.fill(workbook, content);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    workbook.write(out);
                }
            }
            return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    static String fileName(ReportContent content) {
        return "revenue-report-" + content.figures().period().fileLabel() + ".xlsx";
    }
}
