package com.revreport.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.report.xlsx.StreamedWorkbook;
import com.revreport.report.xlsx.TemplateException;

/**
 * Writes a quarter's workbook from the template and publishes it atomically:
 * {@code <outputDir>/<quarter>/revenue-report-<quarter>[-QTD].xlsx}. The file is written to a
 * temporary file in the same folder and moved into place, so nobody ever opens half a report and
 * a failed run leaves the previous report as it was.
 */
public class WorkbookPublisher {

    private static final Logger log = LoggerFactory.getLogger(WorkbookPublisher.class);

    private final ReportTemplate template;

    public WorkbookPublisher(ReportTemplate template) {
        this.template = template;
    }

    /** @param template a report template file, e.g. a restyled copy of {@code templates/quarterly-report.xlsx} */
    public WorkbookPublisher(Path template) {
        this(ReportTemplate.file(template));
    }

    /**
     * @return the published workbook
     * @throws WorkbookWriteException when the workbook cannot be written (a full disk, a folder in the
     *         way): the previous workbook is kept
     * @throws TemplateException when the template is unreadable or lacks a sheet, table or header the
     *         report needs
     */
    public Path publish(ReportContent content, Path outputDir) {
        Path folder = outputDir.resolve(content.figures().period().quarter().label());
        Path target = folder.resolve(fileName(content));
        Path temp = null;
        try {
            Files.createDirectories(folder);
            TemporaryWorkbooks.removeAbandoned(folder);
            temp = TemporaryWorkbooks.create(folder);
            write(content, temp);
            // createTempFile makes the file private to its owner; a report is for the finance team to read
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Path published = Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            if (content.figures().period().complete()) {
                removeSupersededQuarterToDate(folder.resolve("revenue-report-"
                        + content.figures().period().quarter().label() + "-QTD.xlsx"));
            }
            return published;
        }
        catch (TemplateException e) {
            throw e.in(template.described());
        }
        catch (IOException e) {
            throw new WorkbookWriteException(target, e);
        }
        catch (RuntimeException e) {
            // SXSSF and POI's package writer wrap a failed write ("No space left on device")
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw new WorkbookWriteException(target, io);
                }
            }
            throw e;
        }
        finally {
            deleteQuietly(temp);
        }
    }

    private void write(ReportContent content, Path temp) throws IOException {
        try (XSSFWorkbook loaded = template.load()) {
            SXSSFWorkbook workbook = StreamedWorkbook.over(loaded);
            try {
                ReportWorkbook.fill(workbook, content);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                        OutputStream out = Channels.newOutputStream(channel)) {
                    workbook.write(out);
                    // on disk before it gets its name: after a power cut the name never points at half a file
                    channel.force(true);
                }
            }
            finally {
                // SXSSF's temporary sheet files; not close(), which would close the loaded workbook twice
                workbook.dispose();
            }
        }
    }

    /**
     * The quarter-to-date report a complete one supersedes would otherwise sit beside it with older
     * figures. The complete report is already published, so a failure here must not fail the run
     * (a failed run never leaves a new workbook behind): it is said, for the operator to remove.
     */
    private static void removeSupersededQuarterToDate(Path quarterToDate) {
        try {
            Files.deleteIfExists(quarterToDate);
        }
        catch (IOException e) {
            log.warn("The quarter-to-date report {} is superseded by the complete one but could not be removed ({}); "
                    + "delete it by hand", quarterToDate, e.getMessage());
        }
    }

    /** A failed run leaves no temporary file; if even the delete fails, the next run's clean-up has it. */
    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            }
            catch (IOException e) {
                // the failure that brought us here is the one to report
            }
        }
    }

    static String fileName(ReportContent content) {
        return "revenue-report-" + content.figures().period().fileLabel() + ".xlsx";
    }
}
