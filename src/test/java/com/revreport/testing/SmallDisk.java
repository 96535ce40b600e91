package com.revreport.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * A real file system of a few megabytes (tmpfs) mounted on a test's folder: it really fills up, so a
 * write really fails with "No space left on device", or, mounted read-only, really refuses every
 * write, root's included. Mounting needs root (CAP_SYS_ADMIN); elsewhere the test is skipped and
 * says why.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static SmallDisk mount(Path folder, String options) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String said = command("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString());
        Assumptions.assumeTrue(said == null, "skipped: this test provokes a real full or read-only disk by "
                + "mounting a tmpfs, which needs root with CAP_SYS_ADMIN; mount said: " + said);
        return new SmallDisk(folder);
    }

    /** Writes a file until the disk is full: from then on, any write fails with "No space left on device". */
    public void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        }
        catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
                throw full;
            }
        }
    }

    public void free() throws IOException {
        Files.deleteIfExists(folder.resolve("filler"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        command("umount", "-l", folder.toString());
    }

    /** @return null when the command succeeded, else what it said */
    private static String command(String... command) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(all).redirectErrorStream(true).start();
        }
        catch (IOException notThere) {
            return notThere.getMessage();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.waitFor() == 0 ? null : output + " (exit " + process.exitValue() + ")";
    }
}
