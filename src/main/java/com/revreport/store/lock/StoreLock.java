package com.revreport.store.lock;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import com.revreport.model.ExpectedFailure;

/**
 * One run per store. An OS file lock dies with its process, so a {@code kill -9} never leaves the
 * store locked; the file's text names the holder for the message the second process prints.
 */
public final class StoreLock implements AutoCloseable {

    private final FileChannel channel;

    private final FileLock lock;

    private final Path file;

    /** The folder this lock made, or null when it was there before: removed again if nothing used it. */
    private final Path madeFolder;

    private final boolean madeFile;

    private StoreLock(FileChannel channel, FileLock lock, Path file, Path madeFolder, boolean madeFile) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
        this.madeFolder = madeFolder;
        this.madeFile = madeFile;
    }

    public static StoreLock acquire(Path store) {
        Path file = store.resolve("revreport.lock");
        try {
            Path madeFolder = Files.exists(store) ? null : store;
            Files.createDirectories(store);
            boolean madeFile = !Files.exists(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holderOf(file);
                channel.close();
                throw new StoreLockedException("another run holds the store " + store.toAbsolutePath()
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; exiting without touching it");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StoreLock(channel, lock, file, madeFolder, madeFile);
        }
        catch (IOException e) {
            // the folder cannot be made or written: the machine's fault, not the program's
            throw new ExpectedFailure("cannot lock the store " + store.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The holder's own line, or nothing when it cannot be read: the lock, not the text, is what counts. */
    private static String holderOf(Path file) {
        try {
            return Files.readString(file).strip();
        }
        catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (IOException e) {
            host = "unknown host";
        }
        return "pid " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + host + " since " + Instant.now();
    }

    /**
     * Released once: a start that fails is released by the context and again by the run's end. A run that
     * ends before writing anything (a bad value, exit 2) leaves no lock file, nor the folder it made, behind:
     * the file is removed while still held, so a process that opened it meanwhile finds it locked and exits.
     */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            boolean unused = madeFile && onlyTheLockIn(file.getParent());
            if (unused) {
                Files.deleteIfExists(file);
            }
            lock.release();
            channel.close();
            if (unused && madeFolder != null) {
                try {
                    Files.deleteIfExists(madeFolder);
                }
                catch (java.nio.file.DirectoryNotEmptyException usedMeanwhile) {
                    // another process has started writing there: the folder is its store now
                }
            }
        }
    }

    private static boolean onlyTheLockIn(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> entry.getFileName().toString().equals("revreport.lock"));
        }
    }
}
