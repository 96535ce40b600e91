package com.revreport.job;

import com.revreport.cli.ExitCodes;
import com.revreport.cli.Option;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * Without {@code --schedule}: one run, whose outcome is the process's exit code. A failed run's one line
 * goes to stderr as well as the log, so a scheduler that keeps only stderr still reads why.
 */
@Component
@Import(StoreCompaction.class)
public class OnDemandRun implements ApplicationRunner, ExitCodeGenerator {

    private final ReportRunner runner;

    private volatile int exitCode = ExitCodes.FAILED;

    OnDemandRun(ReportRunner runner) {
        this.runner = runner;
    }

    @Override
    public void run(ApplicationArguments args) {
        ReportRunner.Outcome outcome = runner.runOnce();
        if (outcome.failure() != null) {
            System.err.println("revreport: " + outcome.failure());
        }
        exitCode = outcome.exitCode();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
