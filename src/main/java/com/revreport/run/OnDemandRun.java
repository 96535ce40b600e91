package com.revreport.run;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Without {@code --schedule}: one run, whose outcome is the process's exit code. */
@Component
@ConditionalOnProperty(name = "schedule", havingValue = "false", matchIfMissing = true)
class OnDemandRun implements ApplicationRunner, ExitCodeGenerator {

    private final ReportRunner runner;

    private volatile int exitCode = ExitCodes.FAILED;

    OnDemandRun(ReportRunner runner) {
        this.runner = runner;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = runner.runOnce();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
