package com.revreport.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.MessageBuilder;

import com.revreport.model.ExpectedFailure;

/**
 * The manager's partition handler: sends each month to its store's queue, then polls the shared job
 * repository (never replies: a month's outcome is there whichever worker loaded it, however often it was
 * redelivered) until every month is done or failed. It logs where the months stand when they move and at
 * least once a minute; a failed month, {@code --worker-idle-timeout} without a month starting or finishing,
 * {@code --worker-timeout} in all, or a broker that cannot be reached fails the run with one line. Months
 * loaded by then stay loaded, and the next run loads the others.
 */
class MonthsThroughBroker implements PartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(MonthsThroughBroker.class);

    private static final Duration POLL = Duration.ofSeconds(1);

    private static final Duration PROGRESS_EVERY = Duration.ofMinutes(1);

    private final String broker;

    private final String storeId;

    private final Duration workerTimeout;

    private final Duration idleTimeout;

    private final JobRepository jobRepository;

    private final MessagingTemplate requests;

    private final Clock clock = Clock.systemUTC();

    MonthsThroughBroker(String broker, String storeId, Duration workerTimeout, Duration idleTimeout,
            JobRepository jobRepository, MessagingTemplate requests) {
        this.broker = broker;
        this.storeId = storeId;
        this.workerTimeout = workerTimeout;
        this.idleTimeout = idleTimeout;
        this.jobRepository = jobRepository;
        this.requests = requests;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        Set<StepExecution> months = splitter.split(manager, 1);
        if (months.isEmpty()) {
            return months;
        }
        try {
            for (StepExecution month : months) {
                requests.send(MessageBuilder
                        .withPayload(new MonthRequest(storeId, splitter.getStepName(), month.getId()).text()).build());
            }
        }
        catch (MessagingException e) {
            throw BrokerConnections.unreachable(broker, e.getMostSpecificCause() instanceof Exception cause ? cause : e);
        }
        Instant sent = clock.instant();
        log.info("Sent {} months to the workers of store {} through {}", months.size(), storeId, broker);
        Set<StepExecution> done = await(manager, months, sent);
        for (StepExecution month : done) {
            if (month.getStatus() != BatchStatus.COMPLETED) {
                throw new ExpectedFailure("month " + monthOf(month) + " " + month.getStatus().name().toLowerCase(Locale.ROOT)
                        + " on a worker: " + WorkerFailure.of(month.getExitStatus().getExitDescription()));
            }
        }
        return done;
    }

    private Set<StepExecution> await(StepExecution manager, Set<StepExecution> months, Instant sent)
            throws InterruptedException {
        Set<Long> ids = new HashSet<>();
        months.forEach(m -> ids.add(m.getId()));
        MonthsProgress progress = new MonthsProgress(idleTimeout, sent);
        Instant lastLine = sent;
        while (true) {
            Thread.sleep(POLL.toMillis());
            Instant now = clock.instant();
            Set<StepExecution> current = new HashSet<>();
            Map<String, MonthsProgress.State> states = new HashMap<>();
            for (StepExecution month : jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()) {
                if (ids.contains(month.getId())) {
                    current.add(month);
                    states.put(monthOf(month), stateOf(month.getStatus()));
                }
            }
            boolean moved = progress.observe(states, now);
            if (progress.allDone()) {
                log.info("Months of store {}: {}", storeId, progress.line());
                return current;
            }
            if (moved || Duration.between(lastLine, now).compareTo(PROGRESS_EVERY) >= 0) {
                log.info("Months of store {}: {}", storeId, progress.line());
                lastLine = now;
            }
            if (progress.idle(now)) {
                throw new ExpectedFailure("no month started or finished for --worker-idle-timeout=" + idleTimeout
                        + "; still waiting: " + names(progress) + "; are workers (--role=worker) of this store connected to "
                        + broker + "? The months not loaded stay as they were; run again to load them");
            }
            if (Duration.between(sent, now).compareTo(workerTimeout) >= 0) {
                throw new ExpectedFailure("the workers did not load " + names(progress) + " within --worker-timeout="
                        + workerTimeout + "; are workers (--role=worker) connected to " + broker + " and the store? The "
                        + "months not loaded stay as they were; run again to load them");
            }
        }
    }

    private static String names(MonthsProgress progress) {
        Set<String> open = new java.util.TreeSet<>(progress.in(MonthsProgress.State.RUNNING));
        open.addAll(progress.in(MonthsProgress.State.WAITING));
        return "month" + (open.size() == 1 ? " " : "s ") + String.join(", ", open);
    }

    private static MonthsProgress.State stateOf(BatchStatus status) {
        return switch (status) {
            case STARTING -> MonthsProgress.State.WAITING;
            case STARTED, STOPPING -> MonthsProgress.State.RUNNING;
            default -> MonthsProgress.State.DONE;
        };
    }

    private static String monthOf(StepExecution month) {
        return month.getExecutionContext().getString("month", month.getStepName());
    }
}
