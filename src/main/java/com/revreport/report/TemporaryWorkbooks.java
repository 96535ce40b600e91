package com.revreport.report;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a workbook is written to before it is moved into place. Two stores may publish
 * into one output folder at once, so a run removes only a temporary file that is provably nobody's
 * work in progress: its name says which process on which host writes it, and that process is gone
 * from this host; or, from another host or an older version, it has not changed for a day, while a
 * workbook takes minutes at most to write.
 */
final class TemporaryWorkbooks {

    static final String PREFIX = ".revenue-report-";

    static final String SUFFIX = ".xlsx.tmp";

    /** Far beyond the longest workbook write, so that only an abandoned file is this old. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    /** {@code .revenue-report-<pid>@<host>.<random>.xlsx.tmp}; the host name never holds an {@code @}. */
    private static final Pattern WRITER = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)@([^@]+)\\.\\d+"
            + Pattern.quote(SUFFIX));

    private static final Path PID_NAMESPACE = Path.of("/proc/self/ns/pid");

    private TemporaryWorkbooks() {
    }

    /** A new temporary file in the folder, named after this process and host. */
    static Path create(Path folder) throws IOException {
        return Files.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + "@" + host() + ".", SUFFIX);
    }

    /** Removes the temporary files in the folder left by writers that are gone (killed, lost power). */
    static void removeAbandoned(Path folder) throws IOException {
        Instant now = Instant.now();
        String host = host();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (abandoned(file, host, now)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static boolean abandoned(Path file, String host, Instant now) throws IOException {
        Matcher writer = WRITER.matcher(file.getFileName().toString());
        if (writer.matches() && writer.group(2).equals(host)) {
            long pid = Long.parseLong(writer.group(1));
            // this process's own runs never overlap and delete their file when they fail, so one of its
            // own is left alone like any other live writer's
            if (ProcessHandle.of(pid).isEmpty()) {
                return true;
            }
        }
        // another host's process cannot be asked, nor can a writer whose name does not say who it is
        return Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(ABANDONED_AFTER));
    }

    /**
     * Where a process id means one process: the host name, and on Linux the process id namespace, since
     * two containers may share a host name and an output folder but each counts its processes apart.
     */
    static String host() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        }
        catch (IOException e) {
            name = "unknown-host";
        }
        try {
            // "pid:[4026531836]": the namespace's inode, one per namespace while the machine runs
            name += "~" + Files.readSymbolicLink(PID_NAMESPACE).toString().replaceAll("\\D", "");
        }
        catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: the host name alone
        }
        return name.replaceAll("[^A-Za-z0-9._~-]", "_");
    }
}
