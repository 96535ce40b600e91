package com.revreport.remote;

import com.revreport.cli.ExitCodes;
import com.revreport.cli.Role;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;

import sun.misc.Signal;

/**
 * The roles that stay up (worker, broker) until SIGTERM or SIGINT, then end with exit 0 and one line.
 * The JVM's own handling would exit 143 and run Spring's shutdown hook at once, closing the store under
 * a month a worker is loading; here the worker first finishes that month, then the context closes.
 */
public final class UntilStopped {

    private static final Logger log = LoggerFactory.getLogger(UntilStopped.class);

    private final CountDownLatch stopped = new CountDownLatch(1);

    private volatile String signal;

    private UntilStopped() {
    }

    /** Installed before Spring starts, so that a signal during start-up is not the JVM's exit 143. */
    public static UntilStopped install() {
        UntilStopped until = new UntilStopped();
        for (String name : new String[] { "TERM", "INT" }) {
            Signal.handle(new Signal(name), s -> {
                until.signal = "SIG" + s.getName();
                until.stopped.countDown();
            });
        }
        return until;
    }

    /** Waits for the signal, lets a worker finish its month, closes the context; returns the exit code. */
    public int serve(ConfigurableApplicationContext context, Role role) {
        try {
            stopped.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WorkerLoop worker = context.getBeanProvider(WorkerLoop.class).getIfAvailable();
        String after = worker == null ? "" : worker.stopAfterCurrentMonth();
        context.close();
        log.info("{} stopped by {}{}", role == Role.WORKER ? "Worker" : "Broker", signal, after);
        return ExitCodes.WRITTEN;
    }
}
