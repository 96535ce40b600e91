package com.revreport.job;

import com.revreport.cli.CommandLine;
import com.revreport.testing.StoreFiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.revreport.RoleContexts;
import com.revreport.ingest.InputScanner;
import com.revreport.ingest.LoadPlan;

/**
 * Test support: the application's own context on a real input folder and H2 file store, with no run
 * started (schedule mode, on a cron that does not fire while a test runs), to run one step of the job
 * alone with Spring Batch's {@link JobOperatorTestUtils} and read back what it left in the job
 * repository and the store.
 */
public final class StepRunner implements AutoCloseable {

    private final Path input;

    private final ConfigurableApplicationContext context;

    private final JobOperatorTestUtils batch;

    /** On {@code dir/input} holding January and February ({@link StoreFiles#writeJanuaryAndFebruary}), a new store. */
    public static StepRunner onJanuaryAndFebruary(Path dir) throws IOException {
        Path input = dir.resolve("input");
        StoreFiles.writeJanuaryAndFebruary(input);
        return new StepRunner(input, dir.resolve("store"), dir.resolve("output"));
    }

    public StepRunner(Path input, Path store, Path output) {
        this.input = input;
        context = SpringApplication.run(RoleContexts.of(com.revreport.cli.Role.RUN), CommandLine.springArguments(new String[] {
                "--input=" + input, "--store=" + store, "--output=" + output, "--schedule", "--cron=0 0 0 1 1 *" }));
        batch = new JobOperatorTestUtils(context.getBean(JobOperator.class), context.getBean(JobRepository.class));
    }

    public Path input() {
        return input;
    }

    /** The job's context as the planning step leaves it for a store that holds nothing yet. */
    public ExecutionContext newStorePlan() {
        return newStorePlan(input);
    }

    /** Loads the input into the store as a first run would, by the loading steps. */
    public void loadAsANewStore() {
        ExecutionContext plan = newStorePlan();
        run("loadReferenceData", plan);
        run("loadBillingMonths", plan);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Step step(String name) {
        return context.getBean(name, Step.class);
    }

    /** Runs the step named {@code step} as the only step of a job whose context starts as {@code job}. */
    public JobExecution run(String step, ExecutionContext job) {
        JobExecution execution = batch.startStep(step(step), batch.getUniqueJobParameters(), job);
        // as the job repository holds it, not as this process left it in memory
        return bean(JobRepository.class).getJobExecution(execution.getId());
    }

    /** The job's context as the planning step leaves it for a store that holds nothing yet. */
    public static ExecutionContext newStorePlan(Path input) {
        ExecutionContext job = new ExecutionContext();
        PlanContext.write(LoadPlan.between(new InputScanner().scan(input), Map.of(), Map.of(), Map.of(), Set.of()),
                InputScanner.explanationFiles(input), input, com.revreport.ingest.format.BillingFormat.NATIVE, job);
        return job;
    }

    /** A file's SHA-256, worked out here afresh. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StepExecution only(JobExecution execution, String step) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(step)).findFirst()
                .orElseThrow();
    }

    /** Rows of the store, amounts as plain text without trailing zeros. */
    public List<List<Object>> query(String sql, Object... params) {
        return JdbcClient.create(bean(DataSource.class)).sql(sql).params(params).query((rs, n) -> {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                Object value = rs.getObject(c);
                row.add(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value);
            }
            return row;
        }).list();
    }

    @Override
    public void close() {
        context.close();
    }
}
