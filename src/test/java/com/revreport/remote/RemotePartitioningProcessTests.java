package com.revreport.remote;

import com.revreport.testing.CleanRun;
import com.revreport.testing.JarProcess;
import com.revreport.testing.WorkbookCells;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.store.PostgresServer;

/**
 * A run (the manager), an embedded broker and worker processes on loopback, with a PostgreSQL store, all
 * the real jar: the workers load the months and the workbook equals, cell for cell, the one a single
 * process writes; a worker killed mid-month leaves its month to another worker, with exact figures.
 */
class RemotePartitioningProcessTests {

    private static final Pattern LOADED = Pattern.compile("Loaded month (\\d{4}-\\d{2}) of run");

    private static final Pattern LOADING = Pattern.compile("Loading month (\\d{4}-\\d{2}) of run");

    /** The months of {@link CleanRun}'s input: 2023-01 to 2023-06. */
    private static final Set<String> MONTHS = Set.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06");

    @TempDir
    static Path shared;

    static CleanRun clean;

    static String broker;

    static JarProcess brokerProcess;

    @TempDir
    Path dir;

    private final List<JarProcess> workers = new ArrayList<>();

    @BeforeAll
    static void brokerAndACleanSingleProcessRun() throws Exception {
        int port = freePort();
        broker = "tcp://127.0.0.1:" + port;
        brokerProcess = JarProcess.start(shared.resolve("broker.log"), "--role=broker", "--broker-port=" + port);
        clean = CleanRun.onGeneratedInput(shared);
        brokerProcess.awaitLog("Broker listening on " + broker, Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (brokerProcess != null) {
            assertThat(brokerProcess.stop()).as("the broker's exit code on SIGTERM").isZero();
        }
    }

    @Test
    void managerWithTwoWorkersWritesTheWorkbookOfOneProcessAndTheWorkersLoadedTheMonths() throws Exception {
        String store = PostgresServer.shared().newDatabase();
        JarProcess first = worker(store, "first");
        // one at a time: the first worker creates the store's tables, which the others then find
        first.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));
        JarProcess second = worker(store, "second");
        second.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));

        JarProcess.Finished manager = JarProcess.run(dir.resolve("manager.log"), manager(store));

        assertThat(manager.exitCode()).as(manager.output()).isZero();
        assertThat(WorkbookCells.figures(dir.resolve(CleanRun.WORKBOOK))).isEqualTo(clean.figures());
        // the months were loaded in the worker processes, none in the manager's
        Set<String> loaded = new TreeSet<>(months(LOADED, first.output()));
        loaded.addAll(months(LOADED, second.output()));
        assertThat(loaded).isEqualTo(MONTHS);
        assertThat(manager.output()).doesNotContainPattern("Month 2023-\\d\\d \\w+ in \\d+ ms");

        assertThat(first.stop()).as("a worker's exit code on SIGTERM").isZero();
        assertThat(first.output()).containsOnlyOnce("Worker stopped by SIGTERM");
        assertThat(second.stop()).isZero();
    }

    @Test
    void workerKilledMidMonthLeavesTheMonthToAnotherWorkerWithExactFigures() throws Exception {
        String store = PostgresServer.shared().newDatabase();
        JarProcess killed = worker(store, "killed");
        killed.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));
        JarProcess manager = JarProcess.start(dir.resolve("manager.log"), manager(store));
        killed.awaitLog("Loading month", Duration.ofMinutes(3));
        killed.kill9();
        String month = months(LOADING, killed.output()).get(0);
        assertThat(months(LOADED, killed.output())).doesNotContain(month);

        JarProcess other = worker(store, "other");

        assertThat(manager.process.waitFor()).as(manager.output()).isZero();
        assertThat(WorkbookCells.figures(dir.resolve(CleanRun.WORKBOOK))).isEqualTo(clean.figures());
        // the broker handed the killed worker's month to the other worker, which loaded it whole
        assertThat(months(LOADED, other.output())).contains(month);
        other.stop();
    }

    @Test
    void brokerWithAnH2FolderStoreIsRefused() throws Exception {
        JarProcess.Separated run = JarProcess.runSeparatingStderr(dir.resolve("h2.log"), "--input=" + clean.input(),
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--broker=" + broker);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).singleElement().asString().contains("--broker needs a PostgreSQL store");
    }

    private JarProcess worker(String store, String name) throws IOException {
        JarProcess worker = JarProcess.start(dir.resolve(name + "-worker.log"), "--role=worker", "--broker=" + broker,
                "--store=" + store);
        workers.add(worker);
        return worker;
    }

    private String[] manager(String store) {
        return new String[] { "--input=" + clean.input(), "--store=" + store, "--output=" + dir.resolve("output"),
                "--broker=" + broker };
    }

    @org.junit.jupiter.api.AfterEach
    void stopWorkers() throws InterruptedException {
        for (JarProcess worker : workers) {
            if (worker.process.isAlive()) {
                worker.kill9();
            }
        }
    }

    private static List<String> months(Pattern pattern, String log) {
        List<String> months = new ArrayList<>();
        Matcher matcher = pattern.matcher(log);
        while (matcher.find()) {
            months.add(matcher.group(1));
        }
        return months;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
