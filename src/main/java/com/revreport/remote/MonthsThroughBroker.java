package com.revreport.remote;

import com.revreport.job.IngestionConfiguration;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.messaging.MessagingException;

import com.revreport.model.ExpectedFailure;

/**
 * The manager's partition handler: sends each month to the workers, then polls the job repository until
 * every month is done, failed, or {@code --worker-timeout} has passed. A failed month, a timeout or a
 * broker that cannot be reached fails the run with one line; months loaded by then stay loaded, and the
 * next run loads the others.
 */
class MonthsThroughBroker extends MessageChannelPartitionHandler {

    private final String broker;

    private final Duration timeout;

    private final JobRepository jobRepository;

    MonthsThroughBroker(String broker, Duration timeout, JobRepository jobRepository) {
        this.broker = broker;
        this.timeout = timeout;
        this.jobRepository = jobRepository;
        // set, the handler reads completion from the shared job repository rather than from replies: a
        // month's outcome is there whichever worker loaded it, and however often it was redelivered
        setJobRepository(jobRepository);
        setTimeout(timeout.toMillis());
        setPollInterval(1_000);
        setStepName(IngestionConfiguration.MONTH_STEP);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> months) throws Exception {
        Set<StepExecution> done;
        try {
            done = super.doHandle(manager, months);
        }
        catch (MessagingException e) {
            throw BrokerConnections.unreachable(broker, e.getMostSpecificCause() instanceof Exception cause ? cause : e);
        }
        catch (TimeoutException e) {
            throw new ExpectedFailure("the workers did not load " + unfinished(manager, months) + " within --worker-timeout="
                    + timeout + "; are workers (--role=worker) connected to " + broker + " and the store? The "
                    + "months not loaded stay as they were; run again to load them");
        }
        for (StepExecution month : done) {
            if (month.getStatus() != BatchStatus.COMPLETED) {
                throw new ExpectedFailure("month " + month.getExecutionContext().getString("month", month.getStepName())
                        + " " + month.getStatus().name().toLowerCase(java.util.Locale.ROOT) + " on a worker: "
                        + WorkerFailure.of(month.getExitStatus().getExitDescription()));
            }
        }
        return done;
    }

    private String unfinished(StepExecution manager, Set<StepExecution> months) {
        Set<Long> sent = new java.util.HashSet<>();
        months.forEach(m -> sent.add(m.getId()));
        Set<String> names = new TreeSet<>();
        jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions().stream()
                .filter(m -> sent.contains(m.getId()) && m.getStatus().isRunning())
                .forEach(m -> names.add(m.getExecutionContext().getString("month", m.getStepName())));
        return "month" + (names.size() == 1 ? " " : "s ") + String.join(", ", names);
    }
}
