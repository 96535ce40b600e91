package com.revreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;

import com.revreport.cli.CommandLine;
import com.revreport.cli.RevReportOptions;
import com.revreport.cli.Role;
import com.revreport.store.PostgresServer;
import com.revreport.testing.StoreFiles;

/**
 * Each role's context holds the beans of that role and no other: its bean definitions, read once Spring
 * has assembled them and before any bean is made (no job runs, no broker starts), are pinned here, so a
 * bean that moves into the wrong role shows as a difference.
 */
class RoleContextsTests {

    /** What every role that opens a store defines: the store, its lock, its queries and the month step. */
    private static final Set<String> STORE_AND_MONTH_STEP = Set.of("storeConfiguration", "storeFileSeal", "storeIdentity",
            "dataSource", "transactionManager", "revenueStore", "storeQueries", "quarterVersions", "storedMonthChecks",
            "inputFileHashes",
            "storedFileMonths",
            "revReportOptions", "ingestionConfiguration", "inputMount", "planLoad", "loadReferenceData", "checkExchangeRates",
            "loadBillingMonths", "monthPartitioner", "loadBillingMonth", "recordRunFiles");

    private static final Set<String> JOB = Set.of("reportJobConfiguration", "revenueReportJob", "figuresConfiguration",
            "analysisSettings", "reportConfiguration", "workbookPublisher", "applicationVersion",
            "publishedWorkbookDecider", "writeWorkbook", "reportRunner", "abandonedRuns", "runHistoryListener",
            "stopSignal");

    @TempDir
    Path dir;

    @Test
    void aPlainRunHoldsTheStoreTheJobAndTheOnDemandStartAndNothingOfTheBroker() throws Exception {
        Set<String> beans = beansOf(Role.RUN, "--input=" + input(), "--store=" + dir.resolve("store"));

        assertThat(beans).containsExactlyInAnyOrderElementsOf(union(STORE_AND_MONTH_STEP, JOB,
                Set.of("onDemandRun", "storeCompaction")));
    }

    @Test
    void aScheduledRunHoldsTheSchedulerInsteadOfTheOnDemandStart() throws Exception {
        Set<String> beans = beansOf(Role.RUN, "--input=" + input(), "--store=" + dir.resolve("store"), "--schedule");

        assertThat(beans).containsExactlyInAnyOrderElementsOf(union(STORE_AND_MONTH_STEP, JOB, Set.of("scheduledRuns")));
    }

    @Test
    void aSignOffHoldsTheStoreAndTheSignOffInsteadOfAnyStartOfTheJob() throws Exception {
        // a sign-off reads no input: the folder it is given does not even exist
        Set<String> beans = beansOf(Role.RUN, "--input=" + dir.resolve("no-input"), "--store=" + dir.resolve("store"),
                "--sign-off", "--quarter=FY2024-Q3", "--by=M. Keller");

        assertThat(beans).containsExactlyInAnyOrderElementsOf(union(STORE_AND_MONTH_STEP, JOB, Set.of("signOffRun")));
    }

    @Test
    void aRunWithBrokerAddsTheManagersPartitionHandlerAndItsQueue() throws Exception {
        Set<String> beans = beansOf(Role.RUN, "--input=" + input(), "--store=" + PostgresServer.shared().newDatabase(),
                "--broker=tcp://127.0.0.1:1");

        assertThat(beans).containsExactlyInAnyOrderElementsOf(union(STORE_AND_MONTH_STEP, JOB,
                Set.of("onDemandRun", "storeCompaction", "managerConfiguration", "monthsThroughBroker", "monthRequests",
                        "brokerConnections", "monthRequestsToBroker")));
    }

    @Test
    void aWorkerHoldsTheStoreTheMonthStepAndItsQueueButNoJob() throws Exception {
        Set<String> beans = beansOf(Role.WORKER, "--store=" + PostgresServer.shared().newDatabase(),
                "--broker=tcp://127.0.0.1:1");

        assertThat(beans).containsExactlyInAnyOrderElementsOf(union(STORE_AND_MONTH_STEP,
                Set.of("workerConfiguration", "brokerConnections", "workerLoop", "monthRequestsFromBroker")));
    }

    @Test
    void aBrokerHoldsTheBrokerAlone() throws Exception {
        Set<String> beans = beansOf(Role.BROKER, "--broker-port=1");

        assertThat(beans).containsExactlyInAnyOrder("revReportOptions", "embeddedBroker", "broker");
    }

    private Path input() throws Exception {
        return StoreFiles.writeInput(dir.resolve("input"));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /** The names of the beans this project's classes define in the role's context, as the jar would start it. */
    private Set<String> beansOf(Role role, String... args) throws Exception {
        Files.createDirectories(dir.resolve("output"));
        String[] withOutput = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                role == Role.RUN ? java.util.stream.Stream.of("--output=" + dir.resolve("output")) : java.util.stream.Stream.empty())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplication(RoleContexts.of(role));
        application.addInitializers(context -> context.addBeanFactoryPostProcessor(new Defined()));
        Defined.Beans defined = catchThrowableOfType(Defined.Beans.class,
                () -> application.run(CommandLine.springArguments(Role.withRole(withOutput, role))));
        assertThat(defined).as("the context's bean definitions were read").isNotNull();
        return defined.names;
    }

    /** Reads the definitions once every configuration has added its own, then stops the start. */
    private static final class Defined implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
            Set<String> ours = new TreeSet<>();
            for (String name : beans.getBeanDefinitionNames()) {
                String definedBy = definedBy(beans.getBeanDefinition(name));
                if (definedBy != null && definedBy.startsWith("com.revreport.") && !definedBy.startsWith(RoleContexts.class.getName())
                        && !name.startsWith("scopedTarget.")) {
                    ours.add(shortName(name));
                }
            }
            throw new Beans(ours);
        }

        /** An imported class's bean is named by its class ({@code com.revreport.job.ReportRunner}): named here as a scanned one would be. */
        private static String shortName(String name) {
            if (name.endsWith(RevReportOptions.class.getName())) {
                return "revReportOptions";
            }
            String simple = name.substring(name.lastIndexOf('.') + 1);
            return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }

        private static String definedBy(BeanDefinition definition) {
            if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null) {
                return annotated.getFactoryMethodMetadata().getDeclaringClassName();
            }
            return definition.getBeanClassName();
        }

        static final class Beans extends RuntimeException {

            final Set<String> names;

            Beans(Set<String> names) {
                super("bean definitions read: " + names, null, false, false);
                this.names = names;
            }
        }
    }
}
