package com.revreport.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it: its size, when its content was last
 * modified, when its entry last changed (a write, a rename onto it, {@code touch -d}, {@code chmod}: the
 * kernel sets it, no program can set it back), and which file it is (device and inode). Two equal stamps
 * of one path mean its content was not written in between, as git's index assumes, except for a write
 * that lands within the clock tick of the stamp taken before it: {@link #settledBefore} rules that out.
 *
 * @param changedNanos the entry's change time ({@code ctime}), or -1 where the file system has none
 * @param fileKey device and inode, or {@code ""} where the file system has no such key
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, String fileKey) {

    /** The coarsest clock of a common file system's times (FAT's two seconds), with room to spare. */
    private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(3);

    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
            long changed = -1;
            if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                Map<String, Object> unix = Files.readAttributes(file, "unix:ctime");
                changed = nanos((FileTime) unix.get("ctime"));
            }
            Object key = basic.fileKey();
            return new FileStamp(basic.size(), nanos(basic.lastModifiedTime()), changed, key == null ? "" : key.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the file's times lie at least a clock tick before {@code moment}: only then does a later
     * write show as a new time. A file written just before it was stamped may be written again within the
     * same tick, same size, and keep the stamp (git's "racily clean" entries), so such a stamp is not
     * trusted later.
     */
    public boolean settledBefore(Instant moment) {
        long limit = TimeUnit.SECONDS.toNanos(moment.getEpochSecond()) + moment.getNano() - TICK_NANOS;
        return modifiedNanos < limit && changedNanos < limit;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
