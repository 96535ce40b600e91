package com.revreport.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A loaded template made able to take tables of 100,000 rows: SXSSF over it, writing its sheets'
 * rows through {@link SheetXmlWriter} and deflating them at the fastest level.
 */
public final class StreamedWorkbook {

    /**
     * Rows of a streamed sheet kept in memory before they go to SXSSF's temporary file: enough for
     * the writer, small enough that 100,000 rows never sit in memory at once.
     */
    public static final int ROW_WINDOW = 1000;

    private StreamedWorkbook() {
    }

    /** Its temporary sheet files go with {@code dispose()}; the loaded workbook stays its owner's to close. */
    public static SXSSFWorkbook over(XSSFWorkbook loaded) {
        // inline strings, not the shared strings table: SXSSF then never holds every distinct
        // client name in memory, and Excel reads both alike
        return new SXSSFWorkbook(loaded, ROW_WINDOW, false, false) {

            /**
             * The fastest deflate level: at the default level, compressing the sheets' XML dominated the
             * workbook's profile for a file only somewhat smaller (docs/benchmarks.md).
             */
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }

            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new SheetDataWriter(getSharedStringSource()) {

                    @Override
                    @SuppressWarnings("removal") // POI 6 makes it protected; this override stays valid
                    public Writer createWriter(File file) throws IOException {
                        return new SheetXmlWriter(new FileOutputStream(file));
                    }
                };
            }
        };
    }
}
