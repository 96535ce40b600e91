package com.revreport.remote;

import java.util.Optional;

/**
 * The broker's user and password, from {@code REVREPORT_BROKER_USER} and {@code REVREPORT_BROKER_PASSWORD}
 * only: a password on the command line would show in every process listing.
 */
record BrokerCredentials(String user, String password) {

    static Optional<BrokerCredentials> fromEnvironment() {
        String user = System.getenv("REVREPORT_BROKER_USER");
        if (user == null || user.isEmpty()) {
            return Optional.empty();
        }
        String password = System.getenv("REVREPORT_BROKER_PASSWORD");
        return Optional.of(new BrokerCredentials(user, password == null ? "" : password));
    }

    boolean match(String givenUser, String givenPassword) {
        return user.equals(givenUser) && password.equals(givenPassword);
    }
}
