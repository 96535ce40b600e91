package com.revreport.remote;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a run's months stand while the workers load them, from what the job repository says of each
 * partition: waiting (sent, not yet taken by a worker), running, or done (finished either way). The
 * manager logs it and ends the run when nothing has moved for the idle timeout: with no worker taking
 * the store's months, waiting out the whole worker timeout would only hide that.
 */
final class MonthsProgress {

    enum State {
        WAITING, RUNNING, DONE
    }

    private final Duration idleTimeout;

    private Map<String, State> months = Map.of();

    private Instant lastMove;

    MonthsProgress(Duration idleTimeout, Instant sent) {
        this.idleTimeout = idleTimeout;
        this.lastMove = sent;
    }

    /** @return whether a month started or finished since the last observation */
    boolean observe(Map<String, State> now, Instant at) {
        boolean moved = !now.equals(months);
        if (moved) {
            months = new TreeMap<>(now);
            lastMove = at;
        }
        return moved;
    }

    boolean allDone() {
        return months.values().stream().allMatch(s -> s == State.DONE);
    }

    boolean idle(Instant at) {
        return !allDone() && Duration.between(lastMove, at).compareTo(idleTimeout) >= 0;
    }

    Set<String> in(State state) {
        Set<String> names = new TreeSet<>();
        months.forEach((month, s) -> {
            if (s == state) {
                names.add(month);
            }
        });
        return names;
    }

    /** {@code 2 of 6 months done; running 2023-03; waiting 2023-04, 2023-05, 2023-06}. */
    String line() {
        StringBuilder line = new StringBuilder().append(in(State.DONE).size()).append(" of ").append(months.size())
                .append(" months done");
        for (State state : new State[] { State.RUNNING, State.WAITING }) {
            Set<String> names = in(state);
            if (!names.isEmpty()) {
                line.append("; ").append(state.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                        .append(String.join(", ", names));
            }
        }
        return line.toString();
    }
}
