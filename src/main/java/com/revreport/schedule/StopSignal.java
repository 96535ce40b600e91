package com.revreport.schedule;

import com.revreport.cli.ExitCodes;
import com.revreport.cli.RevReportOptions;
import com.revreport.job.RunStopRequests;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM (systemd, Kubernetes, {@code kill}) and SIGINT stop a run at a safe point instead of ending the
 * process wherever it is. The JVM's own handling would run the shutdown hooks at once, and Spring's hook
 * would close the store under the months being loaded. Here the signal asks the job to stop
 * ({@link JobOperator#stop}): months being loaded finish their transaction, no further month or step
 * starts, the workbook is not written, and the run ends as failed with the one line
 * {@code stopped by SIGTERM; run again to resume}. Without {@code --schedule} the main thread then exits
 * 1; with it, this handler waits for the run, then exits 1, or 0 straight away when no run is going.
 */
@Component
public class StopSignal implements RunStopRequests, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StopSignal.class);

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final ObjectProvider<JobOperator> jobOperator;

    private final boolean schedule;

    private final List<Signal> installed = new ArrayList<>();

    private final List<SignalHandler> previous = new ArrayList<>();

    /** The signal that asked to stop, as {@code SIGTERM}; null until one came. Guarded by this. */
    private String received;

    private boolean runGoing;

    private JobExecution execution;

    StopSignal(ObjectProvider<JobOperator> jobOperator, RevReportOptions options) {
        this.jobOperator = jobOperator;
        this.schedule = options.schedule();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            previous.add(Signal.handle(signal, s -> received("SIG" + s.getName())));
            installed.add(signal);
        }
    }

    /** @return false when a signal already asked to stop: the run must not start */
    @Override
    public synchronized boolean runStarting() {
        runGoing = received == null;
        return runGoing;
    }

    /** The job has started: a signal from now on stops this execution. */
    @Override
    public void running(JobExecution started) {
        synchronized (this) {
            execution = started;
            if (received == null) {
                return;
            }
        }
        stop(started);
    }

    @Override
    public synchronized void runEnded() {
        runGoing = false;
        execution = null;
        notifyAll();
    }

    @Override
    public synchronized boolean requested() {
        return received != null;
    }

    /** The one line a stopped run ends with. */
    @Override
    public synchronized String line() {
        return "stopped by " + received + "; run again to resume";
    }

    private void received(String signal) {
        JobExecution toStop;
        synchronized (this) {
            if (received != null) {
                log.warn("{} received again: the run is already stopping", signal);
                return;
            }
            received = signal;
            toStop = execution;
        }
        if (!runGoing()) {
            if (schedule) {
                log.info("Stopped by {} while no run was going", signal);
                // the shutdown hooks close the scheduler and the store
                System.exit(ExitCodes.WRITTEN);
            }
            // before the run: it will not start; after it: the process is already ending
            log.warn("{} received: no run will start", signal);
            return;
        }
        log.warn("{} received: the run stops once the months being loaded are committed", signal);
        // outside the lock: the job's own thread may need it while the stop is written to the store
        if (toStop != null) {
            stop(toStop);
        }
        if (schedule) {
            awaitRunEnd();
            System.err.println("revreport: " + line());
            System.exit(ExitCodes.FAILED);
        }
    }

    private synchronized boolean runGoing() {
        return runGoing;
    }

    private synchronized void awaitRunEnd() {
        while (runGoing) {
            try {
                wait();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stop(JobExecution running) {
        try {
            jobOperator.getObject().stop(running);
        }
        catch (Exception e) {
            // ended between the signal and now: nothing left to stop
            log.info("Run {} was not running any more: {}", running.getId(), e.getMessage());
        }
    }

    @Override
    public void destroy() {
        for (int i = 0; i < installed.size(); i++) {
            Signal.handle(installed.get(i), previous.get(i));
        }
    }
}
