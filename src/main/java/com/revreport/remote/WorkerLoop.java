package com.revreport.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revreport.model.OneLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * A worker's months: each request of its own store runs the month step on the partition's step
 * execution, whose status in the shared job repository is what the run reads. A request delivered again
 * (its worker died before taking it off the queue) runs the month again, which replaces it: nothing is
 * counted twice. A request of another store is never loaded here: it goes back to that store's queue.
 */
class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final DefaultMessageListenerContainer listener;

    private final JobRepository jobRepository;

    private final String storeId;

    private final JmsTemplate passOn;

    private final String monthStep;

    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

    /** The month being loaded, as the log names it; null between months. */
    private volatile String current;

    WorkerLoop(DefaultMessageListenerContainer listener, JobRepository jobRepository, Step monthStep, String storeId,
            JmsTemplate passOn) {
        this.listener = listener;
        this.jobRepository = jobRepository;
        this.storeId = storeId;
        this.passOn = passOn;
        this.monthStep = monthStep.getName();
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

    /** @return what became of the request, for the log and the tests */
    String take(String text) {
        MonthRequest request;
        try {
            request = MonthRequest.parse(text);
        }
        catch (IllegalArgumentException e) {
            log.warn("Dropped a message that is not a month request: {}", OneLine.of(String.valueOf(text)));
            return "DROPPED";
        }
        if (!request.isFor(storeId)) {
            // step execution ids repeat across stores: loaded here, another store's month would land in this one
            passOn.convertAndSend(MonthRequest.queueOf(request.storeId()), request.text());
            log.warn("Passed on a month request of store {} (partition {}) to that store's queue: this worker loads "
                    + "store {} only", request.storeId(), request.partitionId(), storeId);
            return "PASSED_ON";
        }
        StepExecution partition = partition(request.partitionId());
        if (partition == null || !partition.getStepName().startsWith(monthStep) || !request.stepName().equals(monthStep)
                || !(partition.getStatus() == BatchStatus.STARTING || partition.getStatus() == BatchStatus.STARTED)) {
            log.warn("Dropped the request for partition {}: this store holds no month of that id still to load ({})",
                    request.partitionId(), partition == null ? "none" : partition.getStepName() + " " + partition.getStatus());
            return "DROPPED";
        }
        return load(new StepExecutionRequest(request.stepName(), request.partitionId()), partition);
    }

    private StepExecution partition(long id) {
        try {
            return jobRepository.getStepExecution(id);
        }
        catch (EmptyResultDataAccessException e) {
            // the JDBC job repository's answer for an id it does not hold
            return null;
        }
    }

    private String load(StepExecutionRequest request, StepExecution partition) {
        String month = "month " + partition.getExecutionContext().getString("month", partition.getStepName()) + " of run "
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
