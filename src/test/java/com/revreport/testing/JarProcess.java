package com.revreport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged jar as a separate process, as a scheduler starts it: through {@code bin/revreport}, the
 * launcher an installation runs, so from its start-up archive. The archive is made once per test JVM,
 * before the first start, so no test's timing includes the training start.
 */
public final class JarProcess {

    /** The launcher's own default JVM options, the same for the archive and every start. */
    private static final String JVM_OPTIONS = "-Xmx512m -XX:+UseParallelGC";

    private static boolean archivePrepared;

    public final Process process;

    public final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static Path jar() {
        return Path.of(System.getProperty("revreport.jar", "target/revreport.jar")).toAbsolutePath();
    }

    static Path launcher() {
        return Path.of("bin/revreport").toAbsolutePath();
    }

    public static Path template() {
        return Path.of("templates/quarterly-report.xlsx").toAbsolutePath();
    }

    public static JarProcess start(Path log, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--template=" + template()));
        all.addAll(List.of(args));
        return startExactly(log, all);
    }

    private static JarProcess startExactly(Path log, List<String> args) throws IOException {
        return startExactly(log, null, Map.of(), args);
    }

    /**
     * @param folder the working folder, or {@code null} for this one
     * @param environment variables added to this process's
     */
    private static JarProcess startExactly(Path log, Path folder, Map<String, String> environment, List<String> args)
            throws IOException {
        prepareArchiveOnce();
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(args);
        // stderr apart from the log (stdout): a failure must print exactly one line there
        ProcessBuilder builder = launcherProcess(command).redirectOutput(log.toFile())
                .redirectError(stderrOf(log).toFile());
        if (folder != null) {
            builder.directory(folder.toFile());
        }
        builder.environment().putAll(environment);
        return new JarProcess(builder.start(), log);
    }

    /** This JVM's java and the launcher's options, whatever the developer's shell has set. */
    private static ProcessBuilder launcherProcess(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", JVM_OPTIONS);
        builder.environment().keySet().removeIf(name -> name.startsWith("REVREPORT_"));
        return builder;
    }

    private static synchronized void prepareArchiveOnce() throws IOException {
        if (archivePrepared) {
            return;
        }
        Path log = Files.createTempFile("revreport-archive", ".log");
        Process prepare = launcherProcess(List.of(launcher().toString(), "--prepare", "--template=" + template()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!prepare.waitFor(5, TimeUnit.MINUTES)) {
                prepare.destroyForcibly();
                throw new AssertionError("bin/revreport --prepare did not end within 5 minutes: " + read(log));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (prepare.exitValue() != 0) {
            throw new AssertionError("bin/revreport --prepare failed: " + read(log));
        }
        archivePrepared = true;
    }

    /** Runs to the end in {@code folder}, with exactly these arguments and these variables added. */
    public static Finished runIn(Path folder, Map<String, String> environment, Path log, String... args)
            throws IOException, InterruptedException {
        return waitFor(startExactly(log, folder, environment, List.of(args)));
    }

    /** Runs to the end and returns the exit code. */
    public static Finished run(Path log, String... args) throws IOException, InterruptedException {
        return waitFor(start(log, args));
    }

    /** Runs with exactly these arguments, no template named for it. */
    public static Finished runWithoutTemplate(Path log, String... args) throws IOException, InterruptedException {
        return waitFor(startExactly(log, List.of(args)));
    }

    private static Finished waitFor(JarProcess jar) throws IOException, InterruptedException {
        if (!jar.process.waitFor(5, TimeUnit.MINUTES)) {
            jar.process.destroyForcibly();
            throw new AssertionError("the run did not end within 5 minutes; log: " + jar.output());
        }
        return new Finished(jar.process.exitValue(), jar.output(), jar.stderr());
    }

    /** @param output the log (stdout) followed by stderr */
    public record Finished(int exitCode, String output, String stderr) {
    }

    /**
     * Runs to the end with stderr's lines apart, as an operator's terminal or a scheduler's mail shows
     * them; the template is named as by {@link #start}.
     */
    public static Separated runSeparatingStderr(Path log, String... args) throws IOException, InterruptedException {
        Finished finished = run(log, args);
        return new Separated(finished.exitCode(), finished.output(), finished.stderr().lines().toList());
    }

    public record Separated(int exitCode, String output, List<String> stderr) {
    }

    /** The log (stdout), then what the process wrote to stderr. */
    public String output() throws IOException {
        return read(log) + read(stderrOf(log));
    }

    public String stderr() throws IOException {
        return read(stderrOf(log));
    }

    private static Path stderrOf(Path log) {
        return log.resolveSibling(log.getFileName() + ".stderr");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** Waits until the log holds {@code text}; fails if the process ends or time runs out first. */
    public void awaitLog(String text, Duration timeout) throws Exception {
        // the log is read again only when it has grown: polling must not take the core the job runs on
        long[] sizeRead = {-1};
        boolean[] found = {false};
        await(() -> {
            try {
                long size = sizeOf(log) + sizeOf(stderrOf(log));
                if (size != sizeRead[0]) {
                    sizeRead[0] = size;
                    found[0] = output().contains(text);
                }
                return found[0];
            }
            catch (IOException e) {
                return false;
            }
        }, timeout, "log line '" + text + "'");
    }

    private static long sizeOf(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    public void await(BooleanSupplier condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout + "; log:\n" + output());
            }
            if (!process.isAlive() && !condition.getAsBoolean()) {
                throw new AssertionError("the process ended (exit " + process.exitValue() + ") before " + what
                        + "; log:\n" + output());
            }
            Thread.sleep(5);
        }
    }

    /** {@code kill -9}: no shutdown hook, no finally block runs. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill} (SIGTERM), as systemd or Kubernetes stops a service. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

}
