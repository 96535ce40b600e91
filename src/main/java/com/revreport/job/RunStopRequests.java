package com.revreport.job;

import org.springframework.batch.core.job.JobExecution;

/**
 * A request from outside the job to stop it at a safe point (a signal, in the schedule package): the run
 * asks it before it starts, tells it which execution is running, and reads whether a stop was asked.
 */
public interface RunStopRequests {

    /** @return false when a stop was already asked: the run must not start */
    boolean runStarting();

    /** The job has started: a stop asked from now on stops this execution. */
    void running(JobExecution started);

    void runEnded();

    boolean requested();

    /** The one line a stopped run ends with. */
    String line();
}
