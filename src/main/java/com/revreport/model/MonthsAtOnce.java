package com.revreport.model;

/**
 * How many billing months a process loads at once: one a core. The job's partitions and the store's
 * connection pool (a connection for each month being loaded) both follow it.
 */
public final class MonthsAtOnce {

    private MonthsAtOnce() {
    }

    public static int count() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
