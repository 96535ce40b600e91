package com.revreport.run;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.ingest.ControlCharacters;
import com.revreport.ingest.InputException;
import com.revreport.ingest.Sha256;
import com.revreport.model.InputFile;

/**
 * What a month's partition carries in its execution context, so that any process can load it: the
 * month, the run's input folder, and each of the month's files (its path relative to the input folder)
 * with the SHA-256 the run planned with. A file that no longer has that hash fails the month naming the
 * file: the run planned one content and must not store another under its hash.
 */
final class MonthPartition {

    static final String MONTH = "month";

    static final String INPUT = "input";

    static final String FILES = "files";

    private MonthPartition() {
    }

    static ExecutionContext of(YearMonth month, Path input, List<InputFile> files) {
        Path folder = input.toAbsolutePath();
        LinkedHashMap<String, String> hashes = new LinkedHashMap<>();
        for (InputFile file : files) {
            hashes.put(folder.relativize(file.path().toAbsolutePath()).toString(), file.sha256());
        }
        ExecutionContext context = new ExecutionContext();
        context.putString(MONTH, month.toString());
        context.putString(INPUT, folder.toString());
        context.put(FILES, hashes);
        return context;
    }

    /** The month's files as this process reads them, each checked against its planned SHA-256. */
    @SuppressWarnings("unchecked")
    static List<InputFile> files(ExecutionContext context, InputMount mount) {
        YearMonth month = YearMonth.parse(context.getString(MONTH));
        Path folder = mount.folder(context.getString(INPUT));
        List<InputFile> files = new ArrayList<>();
        for (Map.Entry<String, String> planned : ((Map<String, String>) context.get(FILES)).entrySet()) {
            Path path = folder.resolve(planned.getKey());
            String name = ControlCharacters.escape(planned.getKey().replace(java.io.File.separatorChar, '/'));
            String sha256 = Sha256.of(path);
            if (!sha256.equals(planned.getValue())) {
                throw new InputException(name + " (" + path + ") is not the file the run planned to load: its SHA-256 "
                        + "is " + sha256 + ", planned " + planned.getValue() + "; it changed while the run went on, "
                        + "or --input on this worker points at another folder. Run again");
            }
            files.add(new InputFile(path, name, sha256, month));
        }
        return files;
    }
}
