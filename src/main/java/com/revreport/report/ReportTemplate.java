package com.revreport.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.ingest.Sha256;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;
import com.revreport.report.xlsx.TemplateException;
import com.revreport.report.xlsx.TemplateParts;
import com.revreport.report.xlsx.TemplatePlaces;

/**
 * The template a workbook is made from: the file {@code --template} names, or the one built into the
 * jar (the repository's {@code templates/quarterly-report.xlsx}), so that the job runs from any folder.
 * The built-in one is written out with {@code --write-template=FILE} for finance to restyle. It is also
 * what a template must hold, the sheets and tables the workbook fills, and the check that it does.
 */
public final class ReportTemplate {

    /** Packed beside this class by the build (pom.xml) from {@code templates/}. */
    private static final String BUILT_IN = "quarterly-report.xlsx";

    /** The sheets of docs/template.md, in the order the workbook must have them. */
    static final List<String> SHEETS = List.of("Summary", "Changes", "Reconciliation", "Concentration", "Growth", "Clients",
            "Rejects", "Run");

    /**
     * Every table the workbook fills, with the headers it fills, in sheet order: what a template must
     * hold. The names and headers are the sheets' own; {@link #writer} refuses to fill a table missing
     * here, so a table added to the workbook cannot be left out of the start-up check.
     */
    static final Map<String, List<String>> TABLES = tables();

    /** {@code null} for the built-in template. */
    private final Path file;

    /** A parse started by {@link #loadAhead()}, with the bytes it parses; null when none is waiting. */
    private final AtomicReference<Ahead> ahead = new AtomicReference<>();

    private record Ahead(byte[] bytes, CompletableFuture<XSSFWorkbook> workbook) {
    }

    private ReportTemplate(Path file) {
        this.file = file;
    }

    public static ReportTemplate builtIn() {
        return new ReportTemplate(null);
    }

    public static ReportTemplate file(Path file) {
        return new ReportTemplate(file);
    }

    /** The template as a message or the Run sheet names it: its absolute path, or {@code built-in}. */
    public String name() {
        return file == null ? "built-in" : file.toAbsolutePath().toString();
    }

    /** The template as a message names it. */
    String described() {
        return file == null ? "the built-in template" : "the template " + name();
    }

    /** What the report fingerprint holds of the template: a restyled one is a new workbook. */
    public String sha256() {
        try (InputStream in = open()) {
            return Sha256.of(in);
        }
        catch (IOException e) {
            throw TemplateException.unreadable(e).in(described());
        }
    }

    /**
     * The start-up check, before a run loads anything: a readable .xlsx with every sheet, table and
     * header the workbook fills, read from its parts; the write checks the same again on the loaded
     * template, with its charts.
     *
     * @throws TemplateException naming the file and what it lacks
     */
    public void check() {
        try {
            TemplateParts parts;
            // read as a stream, in the order the parts come: the built-in template is inside the jar, not a file
            try (InputStream in = open()) {
                parts = TemplateParts.read(in);
            }
            catch (IOException e) {
                throw TemplateException.unreadable(e);
            }
            checkSheets(parts.sheets());
            TABLES.forEach((name, headers) -> {
                List<String> columns = parts.tables().get(name.toLowerCase(Locale.ROOT));
                if (columns == null) {
                    throw TemplatePlaces.noTable(name);
                }
                TemplatePlaces.checkHeaders(name, headers, i -> i < columns.size() ? columns.get(i) : "");
            });
        }
        catch (TemplateException e) {
            throw e.in(described());
        }
    }

    /** Fails early, naming what is wrong, rather than writing a workbook that breaks its readers. */
    static void check(XSSFWorkbook workbook) {
        List<String> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(workbook.getSheetName(i));
        }
        checkSheets(sheets);
        TABLES.keySet().forEach(name -> TemplatePlaces.table(workbook, name));
    }

    /** A writer for one of {@link #TABLES}, its rows all in memory, readable by formulas and charts. */
    static TableWriter writer(XSSFWorkbook workbook, String table, List<String> headers, List<ColumnKind> kinds) {
        requireListed(table, headers);
        return new TableWriter(workbook, table, headers, kinds);
    }

    /** A writer for one of {@link #TABLES} that can pass 100,000 rows (see {@link TableWriter#streamed}). */
    static TableWriter streamedWriter(SXSSFWorkbook workbook, String table, List<String> headers,
            List<ColumnKind> kinds, int readableRows) {
        requireListed(table, headers);
        return TableWriter.streamed(workbook, table, headers, kinds, readableRows);
    }

    private static void requireListed(String table, List<String> headers) {
        if (!headers.equals(TABLES.get(table))) {
            throw new IllegalStateException("table " + table + " and its headers must be in ReportTemplate.TABLES, "
                    + "or the start-up check of a template would not ask for them");
        }
    }

    /**
     * Starts parsing the template on a thread of its own, for the next {@link #load()} to take: parsing it
     * is much of a small workbook's time and needs nothing of the figures, which the run computes meanwhile
     * on one core of the two. What goes wrong here is left to {@code load()} to report.
     */
    public void loadAhead() {
        byte[] bytes;
        try {
            bytes = bytes();
        }
        catch (IOException e) {
            return;
        }
        Ahead parse = new Ahead(bytes, new CompletableFuture<>());
        if (ahead.compareAndSet(null, parse)) {
            Thread parser = new Thread(() -> {
                try {
                    parse.workbook().complete(parse(bytes));
                }
                catch (RuntimeException | Error e) {
                    parse.workbook().completeExceptionally(e);
                }
            }, "template-load");
            parser.setDaemon(true);
            parser.start();
        }
    }

    /**
     * The template loaded, from its bytes: opening it as a package would write changes back into it. A
     * parse started ahead is taken only when it parsed the very bytes the template holds now.
     */
    XSSFWorkbook load() {
        byte[] bytes;
        try {
            bytes = bytes();
        }
        catch (IOException e) {
            throw TemplateException.unreadable(e);
        }
        Ahead parse = ahead.getAndSet(null);
        if (parse != null && Arrays.equals(parse.bytes(), bytes)) {
            try {
                return parse.workbook().join();
            }
            catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return parse(bytes);
    }

    private byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    private static XSSFWorkbook parse(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        }
        catch (IOException | RuntimeException e) {
            // POI says "not a valid OOXML file", "zip file is empty" and the like in runtime exceptions
            throw TemplateException.unreadable(e);
        }
    }

    private InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = ReportTemplate.class.getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IOException("the jar holds no " + BUILT_IN + "; it was built without templates/");
        }
        return in;
    }

    /**
     * Writes the built-in template to a new file, never over an existing one: that may be a restyled
     * copy, the only one.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     * @throws IOException when it cannot be written
     */
    public static void writeBuiltIn(Path target) throws IOException {
        try (InputStream in = builtIn().open()) {
            Files.copy(in, target);
        }
    }

    private static void checkSheets(List<String> actual) {
        for (int i = 0; i < SHEETS.size(); i++) {
            String sheet = i < actual.size() ? actual.get(i) : null;
            if (!SHEETS.get(i).equals(sheet)) {
                throw new TemplateException("must have sheet " + (i + 1) + " named '" + SHEETS.get(i)
                        + "' but it is '" + sheet + "'");
            }
        }
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put(SummarySheet.TABLE, SummarySheet.HEADERS);
        tables.put(SegmentsTable.TABLE, SegmentsTable.HEADERS);
        tables.put(ExceptionsTable.TABLE, ExceptionsTable.HEADERS);
        tables.put(ChangesSheet.VERSIONS_TABLE, ChangesSheet.VERSIONS_HEADERS);
        tables.put(ChangesSheet.CHANGES_TABLE, ChangesSheet.CHANGES_HEADERS);
        tables.put(ReconciliationSheet.TABLE, ReconciliationSheet.HEADERS);
        tables.put(ConcentrationSheet.SUMMARY_TABLE, ConcentrationSheet.SUMMARY_HEADERS);
        tables.put(ConcentrationSheet.TABLE, ConcentrationSheet.HEADERS);
        tables.put(GrowthSheet.TABLE, GrowthSheet.HEADERS);
        tables.put(GrowthSheet.MONTHLY_TABLE, GrowthSheet.MONTHLY_HEADERS);
        tables.put(ClientsSheet.TABLE, ClientsSheet.HEADERS);
        tables.put(RejectsSheet.TABLE, RejectsSheet.HEADERS);
        tables.put(RunSheet.TABLE, RunSheet.HEADERS);
        return Collections.unmodifiableMap(tables);
    }
}
