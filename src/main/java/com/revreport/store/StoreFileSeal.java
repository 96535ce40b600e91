package com.revreport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revreport.model.FileStamp;

/**
 * Whether the store's database file is, byte for byte as far as the file system can tell, the file the
 * last run closed after finding every stored month whole. Reading every month's rows back was most of an
 * unchanged night (docs/benchmarks.md); what that check defends against (rows
 * deleted or changed by hand or by a tool, a store restored or cut short, a run killed midway) all write
 * the database file, or leave no seal, so while the file's stamp (size, times, inode) is the one the seal
 * holds, its months' rows are the ones found whole then. Kept in {@value #FILE} beside the database,
 * read and removed before anything opens the database, and written again once the run closed it.
 * docs/faults.md ("When the rows are not read back") says what it trusts and what still reads every row.
 */
public final class StoreFileSeal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreFileSeal.class);

    static final String FILE = "revreport.checked";

    private static final String DATABASE = "revreport.mv.db";

    /** However long the file stays sealed, its rows are read back at least this often. */
    static final Duration FULL_CHECK_EVERY = Duration.ofDays(7);

    private final Path folder;

    /** When the rows were last read back in full, if the database is still the file sealed after it. */
    private Instant sealedFullCheck;

    /** When the full check this run's finding rests on was made; {@code null} until the months are found whole. */
    private volatile Instant foundWhole;

    private StoreFileSeal(Path folder, Instant sealedFullCheck) {
        this.folder = folder;
        this.sealedFullCheck = sealedFullCheck;
    }

    /** For a store that is not a file of its own: every check reads every row, and nothing is sealed. */
    public static StoreFileSeal none() {
        return new StoreFileSeal(null, null);
    }

    /**
     * Reads and removes the seal; called once this process holds the store's lock, before anything opens
     * the database.
     *
     * @param fullCheck {@code --full-check}: the seal is removed unread
     */
    public static StoreFileSeal take(Path store, boolean fullCheck) {
        Path folder = store.toAbsolutePath();
        Path seal = folder.resolve(FILE);
        Instant fullCheckSealed = null;
        try {
            if (Files.isRegularFile(seal, LinkOption.NOFOLLOW_LINKS)) {
                if (!fullCheck) {
                    fullCheckSealed = sealed(folder, Files.readAllLines(seal, StandardCharsets.UTF_8));
                }
                Files.delete(seal);
            }
        }
        catch (IOException | RuntimeException unreadable) {
            // a seal that cannot be read or removed is no seal: this run reads every row
            log.warn("Store seal {} not used: {}", seal, unreadable.toString());
            fullCheckSealed = null;
        }
        return new StoreFileSeal(folder, fullCheckSealed);
    }

    /** When the seal's full check was, if the database still has the stamp the seal holds; else {@code null}. */
    private static Instant sealed(Path folder, Iterable<String> lines) {
        Map<String, String> fields = new HashMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        Path database = folder.resolve(DATABASE);
        if (!Files.isRegularFile(database, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        FileStamp sealed = new FileStamp(Long.parseLong(fields.get("size")), Long.parseLong(fields.get("modified")),
                Long.parseLong(fields.get("changed")), fields.get("key"));
        return FileStamp.of(database).equals(sealed) ? Instant.parse(fields.get("fullCheck")) : null;
    }

    /**
     * When the rows were last read back in full, if this check may take them as found whole then without
     * reading them: the database is the file sealed after the last run, whose rows were read back within
     * {@link #FULL_CHECK_EVERY}; else {@code null}. Answers so once: a process that stays up (schedule
     * mode) reads the rows on each later run.
     */
    synchronized Instant sealedFullCheck(Instant now) {
        Instant fullCheck = sealedFullCheck;
        sealedFullCheck = null;
        return fullCheck != null && fullCheck.plus(FULL_CHECK_EVERY).isAfter(now) ? fullCheck : null;
    }

    /**
     * Whether every stored month was found whole, by this run's last check.
     *
     * @param fullCheck when the rows were last read back in full (now, or the sealed check's time);
     *        {@code null} when a month was found damaged
     */
    void found(Instant fullCheck) {
        this.foundWhole = fullCheck;
    }

    /** Called once the database is closed (the connection pool closes before this): seals it as it is now. */
    @Override
    public void close() {
        Instant fullCheck = foundWhole;
        Path database = folder == null ? null : folder.resolve(DATABASE);
        // a store without a folder (PostgreSQL) has no file to seal
        if (fullCheck == null || database == null || !Files.isRegularFile(database, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            FileStamp stamp = FileStamp.of(database);
            String text = "# RevReport: " + DATABASE + " as the last run closed it, every stored month found whole.\n"
                    + "# While the file has this stamp, a run does not read its months' rows back; remove this file, or\n"
                    + "# run with --full-check, to have them read.\n"
                    + "size=" + stamp.size() + "\nmodified=" + stamp.modifiedNanos() + "\nchanged=" + stamp.changedNanos()
                    + "\nkey=" + stamp.fileKey() + "\nfullCheck=" + fullCheck + "\n";
            Path next = folder.resolve(FILE + ".tmp");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException | UncheckedIOException e) {
            // no seal: the next run reads every row
            log.warn("Store seal not written: {}", e.toString());
        }
    }
}
