package com.revreport.remote;

import com.revreport.testing.CleanRun;
import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookCells;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
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

    /** 300,000 lines: months long enough for a worker to be killed inside one. */
    static CleanRun clean;

    /** The same six months on 30,000 lines, for the tests that kill no worker. */
    static CleanRun small;

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
        clean = CleanRun.onGeneratedInput();
        small = CleanRun.onGeneratedInput(shared, 30_000, 2_000);
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

        JarProcess.Finished manager = JarProcess.run(dir.resolve("manager.log"), manager(small, store));

        assertThat(manager.exitCode()).as(manager.output()).isZero();
        assertThat(WorkbookCells.figures(dir.resolve(CleanRun.WORKBOOK))).isEqualTo(small.figures());
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
    void aWorkerReadsTheExportsInTheBillingFormatTheRunPlannedWith() throws Exception {
        // the clean run's rows as FOCUS exports; the worker is given no --billing-format of its own
        Path focus = dir.resolve("focus-input");
        com.revreport.bench.FocusExport.main(new String[] { small.input().toString(), focus.toString() });
        String store = PostgresServer.shared().newDatabase();
        JarProcess only = worker(store, "only");
        only.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));

        JarProcess.Finished manager = JarProcess.run(dir.resolve("manager.log"), "--input=" + focus, "--store=" + store,
                "--output=" + dir.resolve("output"), "--broker=" + broker, "--billing-format=focus");

        assertThat(manager.exitCode()).as(manager.output()).isZero();
        assertThat(WorkbookCells.figures(dir.resolve(CleanRun.WORKBOOK))).isEqualTo(small.figures());
        assertThat(new TreeSet<>(months(LOADED, only.output()))).isEqualTo(MONTHS);
        assertThat(only.stop()).isZero();
    }

    @Test
    void workerKilledMidMonthLeavesTheMonthToAnotherWorkerWithExactFigures() throws Exception {
        String store = PostgresServer.shared().newDatabase();
        JarProcess killed = worker(store, "killed");
        killed.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));
        JarProcess manager = JarProcess.start(dir.resolve("manager.log"), manager(clean, store));
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
    void twoStoresOnOneBrokerWithAWorkerEachRunBothManagersAtOnceAndNeitherStoreHoldsAMonthOfTheOther()
            throws Exception {
        // store C: the generated input, 2023-01 to 2023-06; store D: January (100.00 + 50.00) and February
        // (200.00) 2024. The step execution ids of the two stores repeat: only the store id tells them apart
        String storeC = PostgresServer.shared().newDatabase();
        String storeD = PostgresServer.shared().newDatabase();
        Path inputD = StoreFiles.writeInput(dir.resolve("input-d"));
        JarProcess.Finished singleD = JarProcess.run(dir.resolve("single-d.log"), "--input=" + inputD,
                "--store=" + dir.resolve("single-d/store"), "--output=" + dir.resolve("single-d/output"));
        assertThat(singleD.exitCode()).as(singleD.output()).isZero();
        JarProcess workerC = worker(storeC, "c");
        workerC.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));
        JarProcess workerD = worker(storeD, "d");
        workerD.awaitLog("Started RevReportApplication", Duration.ofMinutes(2));
        String idC = storeId(storeC);
        String idD = storeId(storeD);

        // a request of store D left on store C's queue (a sender of an older version, a mistyped queue): C's
        // worker hands it on to D's queue, and D's worker finds no such month to load
        send(MonthRequest.queueOf(idC), new MonthRequest(idD, "loadBillingMonth", 999_999).text());
        workerC.awaitLog("Passed on a month request of store " + idD + " (partition 999999)", Duration.ofMinutes(1));
        workerD.awaitLog("Dropped the request for partition 999999", Duration.ofMinutes(1));

        JarProcess managerC = JarProcess.start(dir.resolve("manager-c.log"), "--input=" + small.input(),
                "--store=" + storeC, "--output=" + dir.resolve("c/output"), "--broker=" + broker);
        JarProcess managerD = JarProcess.start(dir.resolve("manager-d.log"), "--input=" + inputD, "--store=" + storeD,
                "--output=" + dir.resolve("d/output"), "--broker=" + broker);

        assertThat(managerC.process.waitFor()).as(managerC.output()).isZero();
        assertThat(managerD.process.waitFor()).as(managerD.output()).isZero();
        assertThat(WorkbookCells.figures(dir.resolve("c").resolve(CleanRun.WORKBOOK))).isEqualTo(small.figures());
        String workbookD = "output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx";
        assertThat(WorkbookCells.figures(dir.resolve("d").resolve(workbookD)))
                .isEqualTo(WorkbookCells.figures(dir.resolve("single-d").resolve(workbookD)));
        assertThat(loadedMonths(storeC)).isEqualTo(MONTHS);
        assertThat(loadedMonths(storeD)).containsExactly("2024-01", "2024-02");
        // each worker loaded its own store's months and no other
        assertThat(new TreeSet<>(months(LOADED, workerC.output()))).isEqualTo(MONTHS);
        assertThat(new TreeSet<>(months(LOADED, workerD.output()))).containsExactly("2024-01", "2024-02");
        assertThat(managerD.output()).contains("Months of store " + idD + ": 2 of 2 months done");
    }

    @Test
    void aManagerWithNoWorkerFailsAtTheIdleTimeoutNamingTheMonthsStillWaiting() throws Exception {
        String store = PostgresServer.shared().newDatabase();
        Path input = StoreFiles.writeInput(dir.resolve("input"));

        JarProcess.Separated run = JarProcess.runSeparatingStderr(dir.resolve("idle.log"), "--input=" + input,
                "--store=" + store, "--output=" + dir.resolve("output"), "--broker=" + broker,
                "--worker-idle-timeout=PT5S");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).singleElement().asString()
                .contains("no month started or finished for --worker-idle-timeout=PT5S; still waiting: months 2024-01, 2024-02");
        assertThat(run.output()).contains(": 0 of 2 months done; waiting 2024-01, 2024-02");
    }

    @Test
    void brokerWithAnH2FolderStoreIsRefused() throws Exception {
        JarProcess.Separated run = JarProcess.runSeparatingStderr(dir.resolve("h2.log"), "--input=" + small.input(),
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

    private String[] manager(CleanRun run, String store) {
        return new String[] { "--input=" + run.input(), "--store=" + store, "--output=" + dir.resolve("output"),
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

    private static String storeId(String store) throws Exception {
        try (Connection connection = PostgresServer.dataSource(store).getConnection();
                ResultSet row = connection.createStatement().executeQuery("SELECT store_id FROM store_meta.store_identity")) {
            assertThat(row.next()).as("the store's identity, written by its worker's start").isTrue();
            return row.getString(1);
        }
    }

    private static Set<String> loadedMonths(String store) throws Exception {
        Set<String> months = new TreeSet<>();
        try (Connection connection = PostgresServer.dataSource(store).getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT DISTINCT billing_month FROM billing_total")) {
            while (rows.next()) {
                months.add(rows.getString(1));
            }
        }
        return months;
    }

    /** A text message on a queue of the broker, as any JMS client would leave it. */
    private static void send(String queue, String text) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
                jakarta.jms.Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            session.createProducer(session.createQueue(queue)).send(session.createTextMessage(text));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
