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

import com.revreport.close.QuarterVersion;
import com.revreport.ingest.Sha256;
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

    /** Starts parsing the template, for the next workbook; see {@link ReportTemplate#loadAhead()}. */
    public void loadTemplateAhead() {
        template.loadAhead();
    }

    /** @param template a report template file, e.g. a restyled copy of {@code templates/quarterly-report.xlsx} */
    public WorkbookPublisher(Path template) {
        this(ReportTemplate.file(template));
    }

    /**
     * A workbook written in full under a temporary name beside its real one, for the caller to record and
     * then {@link #publish(Prepared)}, or {@link #discard(Prepared)}.
     *
     * @param sha256 the SHA-256 of the file, which it keeps when moved
     */
    public record Prepared(Path temporary, Path target, String sha256, boolean complete, String quarter) {
    }

    /**
     * @return the published workbook
     * @throws WorkbookWriteException when the workbook cannot be written (a full disk, a folder in the
     *         way): the previous workbook is kept
     * @throws TemplateException when the template is unreadable or lacks a sheet, table or header the
     *         report needs
     */
    public Path publish(ReportContent content, Path outputDir) {
        Prepared prepared = prepare(content, outputDir);
        try {
            return publish(prepared);
        }
        finally {
            discard(prepared);
        }
    }

    /**
     * Writes the workbook under a temporary name in its quarter's folder, on disk before it returns.
     *
     * @throws WorkbookWriteException as {@link #publish(ReportContent, Path)}
     * @throws TemplateException as {@link #publish(ReportContent, Path)}
     */
    public Prepared prepare(ReportContent content, Path outputDir) {
        Path folder = outputDir.resolve(content.figures().period().quarter().label());
        Path target = folder.resolve(fileName(content));
        Path temp = null;
        try {
            Files.createDirectories(folder);
            TemporaryWorkbooks.removeAbandoned(folder);
            temp = TemporaryWorkbooks.create(folder);
            write(content, temp);
            readable(temp);
            Prepared prepared = new Prepared(temp, target, Sha256.of(temp), content.figures().period().complete(),
                    content.figures().period().quarter().label());
            temp = null;
            return prepared;
        }
        catch (TemplateException e) {
            throw e.in(template.described());
        }
        catch (IOException e) {
            throw new WorkbookWriteException(target, e);
        }
        catch (RuntimeException e) {
            throw failedWrite(target, e);
        }
        finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A published workbook with a sign-off written in (see {@link SignOffEdit}), under a temporary name beside
     * it, every other cell as it was.
     *
     * @param version the version signed off, with all its sign-offs
     * @throws WorkbookWriteException when the workbook cannot be read or the copy written
     */
    public Prepared prepareSignOff(Path workbook, QuarterVersion version, String signedOff) {
        Path temp = null;
        try (XSSFWorkbook loaded = new XSSFWorkbook(Files.newInputStream(workbook))) {
            SignOffEdit.apply(loaded, version, signedOff);
            temp = TemporaryWorkbooks.create(workbook.getParent());
            writeDurably(temp, loaded::write);
            readable(temp);
            Prepared prepared = new Prepared(temp, workbook, Sha256.of(temp), false, null);
            temp = null;
            return prepared;
        }
        catch (IOException e) {
            throw new WorkbookWriteException(workbook, e);
        }
        catch (RuntimeException e) {
            throw failedWrite(workbook, e);
        }
        finally {
            deleteQuietly(temp);
        }
    }

    /** Moves a prepared workbook into place: readers see the old one or the new one, never half of either. */
    public Path publish(Prepared prepared) {
        try {
            Path published = Files.move(prepared.temporary(), prepared.target(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            if (prepared.complete()) {
                removeSupersededQuarterToDate(prepared.target().resolveSibling("revenue-report-" + prepared.quarter()
                        + "-QTD.xlsx"));
            }
            return published;
        }
        catch (IOException e) {
            throw new WorkbookWriteException(prepared.target(), e);
        }
    }

    /** Removes a prepared workbook that was not published; nothing when it was. */
    public void discard(Prepared prepared) {
        deleteQuietly(prepared.temporary());
    }

    /** SXSSF and POI's package writer wrap a failed write ("No space left on device"). */
    private static RuntimeException failedWrite(Path target, RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return new WorkbookWriteException(target, io);
            }
        }
        return e;
    }

    private void write(ReportContent content, Path temp) throws IOException {
        try (XSSFWorkbook loaded = template.load()) {
            SXSSFWorkbook workbook = StreamedWorkbook.over(loaded);
            try {
                ReportWorkbook.fill(workbook, content);
                writeDurably(temp, workbook::write);
            }
            finally {
                // SXSSF's temporary sheet files; not close(), which would close the loaded workbook twice
                workbook.dispose();
            }
        }
    }

    private interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    /** On disk before it gets its name: after a power cut the name never points at half a file. */
    private static void writeDurably(Path temp, Contents contents) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            contents.writeTo(out);
            channel.force(true);
        }
    }

    /** createTempFile makes the file private to its owner; a report is for the finance team to read. */
    private static void readable(Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
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
