package com.revreport.cli;

import com.revreport.model.InvalidOptionException;

import com.revreport.model.StoreLocation;

import java.net.URI;
import java.time.Duration;

/**
 * The options that go with each role (docs/scale-out.md), refused with exit 2 before anything
 * starts: a worker without a broker would wait for ever, and workers cannot share an H2 file.
 */
public final class RoleOptions {

    private RoleOptions() {
    }

    static void check(Role role, String broker, StoreLocation store, String brokerHost, int brokerPort, Duration workerTimeout,
            Duration workerIdleTimeout, boolean schedule) {
        if (broker != null && !broker.isBlank()) {
            brokerAddress(broker);
        }
        if (brokerPort < 1 || brokerPort > 65_535) {
            throw new InvalidOptionException("broker-port", brokerPort + "", "a TCP port, 1-65535");
        }
        if (brokerHost == null || brokerHost.isBlank()) {
            throw new InvalidOptionException("broker-host", "", "a host name or address to listen on, e.g. 127.0.0.1");
        }
        if (workerTimeout.isNegative() || workerTimeout.isZero()) {
            throw new InvalidOptionException("worker-timeout", workerTimeout.toString(), "a positive duration such as PT2H");
        }
        if (workerIdleTimeout.isNegative() || workerIdleTimeout.isZero()) {
            throw new InvalidOptionException("worker-idle-timeout", workerIdleTimeout.toString(),
                    "a positive duration such as PT10M");
        }
        if (role == Role.WORKER && (broker == null || broker.isBlank())) {
            throw new InvalidOptionException("--role=worker needs --broker=tcp://host:port: the broker its run sends "
                    + "month partitions through");
        }
        if (role != Role.BROKER && broker != null && !broker.isBlank() && store.isH2Folder()) {
            throw new InvalidOptionException("--broker needs a PostgreSQL store (--store=jdbc:postgresql://...), not the "
                    + "H2 folder " + store.description() + ": workers in other processes cannot share its file");
        }
        if (schedule && role != Role.RUN) {
            throw new InvalidOptionException("--schedule goes with --role=run only, not --role=" + role.property());
        }
    }

    /** {@code tcp://host:port}, as an Artemis client takes it. */
    public static URI brokerAddress(String broker) {
        try {
            URI uri = new URI(broker.strip());
            if ("tcp".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0) {
                return uri;
            }
        }
        catch (java.net.URISyntaxException e) {
            // refused below, with the form expected
        }
        throw new InvalidOptionException("broker", broker, "tcp://host:port, e.g. tcp://broker.example:61616");
    }
}
