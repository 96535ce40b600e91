package com.revreport.remote;

import static com.revreport.remote.MonthsProgress.State.DONE;
import static com.revreport.remote.MonthsProgress.State.RUNNING;
import static com.revreport.remote.MonthsProgress.State.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where the months of a run through the broker stand, and when nothing moving ends the run. */
class MonthsProgressTests {

    private static final Instant SENT = Instant.parse("2026-12-06T02:00:00Z");

    private final MonthsProgress progress = new MonthsProgress(Duration.ofMinutes(10), SENT);

    @Test
    void theLineCountsTheMonthsDoneAndNamesThoseRunningAndWaiting() {
        progress.observe(Map.of("2023-01", DONE, "2023-02", RUNNING, "2023-03", WAITING, "2023-04", WAITING), SENT);

        assertThat(progress.line()).isEqualTo("1 of 4 months done; running 2023-02; waiting 2023-03, 2023-04");
    }

    @Test
    void nothingStartedForTheIdleTimeoutIsIdleButOneSecondLessIsNot() {
        progress.observe(Map.of("2023-01", WAITING, "2023-02", WAITING), SENT.plusSeconds(1));

        // the first observation is a move (from nothing known): idle counts from it, 10 min = 600 s
        assertThat(progress.idle(SENT.plusSeconds(1 + 599))).isFalse();
        assertThat(progress.idle(SENT.plusSeconds(1 + 600))).isTrue();
    }

    @Test
    void aMonthStartingOrFinishingRestartsTheIdleClock() {
        progress.observe(Map.of("2023-01", WAITING, "2023-02", WAITING), SENT);
        Instant started = SENT.plus(Duration.ofMinutes(9));
        assertThat(progress.observe(Map.of("2023-01", RUNNING, "2023-02", WAITING), started)).isTrue();
        assertThat(progress.observe(Map.of("2023-01", RUNNING, "2023-02", WAITING), started.plusSeconds(60))).isFalse();

        // 9 + 10 minutes after sending, not 10: the start at minute 9 moved
        assertThat(progress.idle(SENT.plus(Duration.ofMinutes(18)))).isFalse();
        assertThat(progress.idle(SENT.plus(Duration.ofMinutes(19)))).isTrue();
    }

    @Test
    void allMonthsDoneIsNeverIdle() {
        progress.observe(Map.of("2023-01", DONE), SENT);

        assertThat(progress.allDone()).isTrue();
        assertThat(progress.idle(SENT.plus(Duration.ofHours(1)))).isFalse();
        assertThat(progress.line()).isEqualTo("1 of 1 months done");
    }
}
