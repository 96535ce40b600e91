package com.revreport.schedule;

import com.revreport.cli.ExitCodes;
import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;
import com.revreport.job.ReportRunner;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * With {@code --schedule}: the process stays up and runs on {@code --cron}. A failed night is logged
 * and the next night runs; a trigger that fires while a run is still going is skipped, not queued.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ScheduledRuns implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ReportRunner runner;

    private final AtomicBoolean running = new AtomicBoolean();

    private final StopSignal stopSignal;

    private final String cron;

    ScheduledRuns(ReportRunner runner, RevReportOptions options, StopSignal stopSignal) {
        this.runner = runner;
        this.stopSignal = stopSignal;
        this.cron = options.cron();
        log.info("Scheduled mode: running on cron '{}'", cron);
    }

    /** On the cron the options bound and checked, rather than a property name of its own. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::nightly, cron);
    }

    void nightly() {
        if (!running.compareAndSet(false, true)) {
            log.warn("Scheduled run skipped: the previous run is still going");
            return;
        }
        try {
            var outcome = runner.runOnce();
            int code = outcome.exitCode();
            if (code == ExitCodes.WRITTEN) {
                log.info("Scheduled run finished: {}", outcome.workbook());
            }
            else if (!stopSignal.requested()) {
                log.error("Scheduled run failed (exit code {}); the next run is still scheduled", code);
            }
        }
        catch (RuntimeException e) {
            log.error("Scheduled run failed: {}; the next run is still scheduled", e.getMessage(), e);
        }
        finally {
            running.set(false);
        }
    }
}
