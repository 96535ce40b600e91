package com.revreport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.ExitStatus;

import com.revreport.model.InputException;

/**
 * A month that failed on a worker reaches the run as the text the job repository keeps of the failure
 * (its stack trace): the run's one line is the expected failure's message, or says it is a defect.
 */
class WorkerFailureTests {

    @Test
    void anInputFaultOnAWorkerIsItsOwnMessage() {
        String stored = ExitStatus.FAILED.addExitDescription(new InputException(
                "billing/billing-2024-03.csv: 12 of 100 rows rejected, over --max-reject-ratio=0.05")).getExitDescription();

        assertThat(WorkerFailure.of(stored))
                .isEqualTo("billing/billing-2024-03.csv: 12 of 100 rows rejected, over --max-reject-ratio=0.05");
    }

    @Test
    void anExpectedFailureWrappedInAnotherIsFoundByItsCause() {
        String stored = ExitStatus.FAILED.addExitDescription(new IllegalStateException("step failed",
                new InputException("billing/billing-2024-03.csv line 7: bad"))).getExitDescription();

        assertThat(WorkerFailure.of(stored)).isEqualTo("billing/billing-2024-03.csv line 7: bad");
    }

    @Test
    void anythingElseIsADefectWhoseStackTraceIsInTheWorkersLog() {
        String stored = ExitStatus.FAILED.addExitDescription(new NullPointerException("plan")).getExitDescription();

        assertThat(WorkerFailure.of(stored)).isEqualTo("defect (a bug in revreport, not a fault of the input): "
                + "java.lang.NullPointerException: plan; the stack trace is in the worker's log");
    }
}
