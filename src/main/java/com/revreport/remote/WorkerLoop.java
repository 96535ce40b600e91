package com.revreport.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * A worker's months: each request runs the month step on the partition's step execution, whose status
 * in the shared job repository is what the run reads. A request delivered again (its worker died before
 * taking it off the queue) runs the month again, which replaces it: nothing is counted twice.
 */
class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final DefaultMessageListenerContainer listener;

    private final JobRepository jobRepository;

    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

    /** The month being loaded, as the log names it; null between months. */
    private volatile String current;

    WorkerLoop(DefaultMessageListenerContainer listener, JobRepository jobRepository, Step monthStep) {
        this.listener = listener;
        this.jobRepository = jobRepository;
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(name -> {
            if (!name.equals(monthStep.getName())) {
                throw new IllegalArgumentException("a worker runs the step " + monthStep.getName() + " only, not " + name);
            }
            return monthStep;
        });
    }

    DefaultMessageListenerContainer listener() {
        return listener;
    }

    Object load(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        String month = partition == null ? "partition " + request.getStepExecutionId()
                : "month " + partition.getExecutionContext().getString("month", partition.getStepName()) + " of run "
                        + partition.getJobExecutionId();
        current = month;
        try {
            log.info("Loading {}", month);
            StepExecution done = handler.handle(request);
            if (done.getStatus().isUnsuccessful()) {
                log.warn("Loading {} ended {}: {}", month, done.getStatus(),
                        WorkerFailure.of(done.getExitStatus().getExitDescription()));
            }
            else {
                log.info("Loaded {}: {}", month, done.getStatus());
            }
            return done.getStatus().name();
        }
        finally {
            current = null;
        }
    }

    /**
     * Takes no further month, and returns once the month being loaded is committed and taken off the
     * queue; a month that cannot finish (its store gone) goes back to the broker for another worker.
     *
     * @return how the worker stopped, for its last log line
     */
    String stopAfterCurrentMonth() {
        String loading = current;
        // waits for the listener's current message, its transaction included
        listener.shutdown();
        return loading == null ? " between months" : " after finishing " + loading;
    }
}
