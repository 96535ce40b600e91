package com.revreport.remote;

import com.revreport.cli.RoleOptions;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import com.revreport.model.ExpectedFailure;

/**
 * How a run and its workers reach the broker: one connection factory per process, with the credentials
 * from the environment; what they send through it is a {@link MonthRequest}.
 */
final class BrokerConnections {

    private BrokerConnections() {
    }

    /**
     * @param oneMessageAtATime a worker takes the next month only when it has finished one: without it
     *        Artemis would hand one worker a buffer of months the other workers then wait for
     */
    static ActiveMQConnectionFactory factory(String broker, boolean oneMessageAtATime) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(RoleOptions.brokerAddress(broker).toString());
        BrokerCredentials.fromEnvironment().ifPresent(credentials -> {
            factory.setUser(credentials.user());
            factory.setPassword(credentials.password());
        });
        if (oneMessageAtATime) {
            factory.setConsumerWindowSize(0);
        }
        return factory;
    }

    /** @throws ExpectedFailure (exit 1) naming the broker when it cannot be reached or refuses the user */
    static void requireReachable(ActiveMQConnectionFactory factory, String broker) {
        try (Connection connection = factory.createConnection()) {
            connection.start();
        }
        catch (JMSException e) {
            throw unreachable(broker, e);
        }
    }

    static ExpectedFailure unreachable(String broker, Exception e) {
        return new ExpectedFailure("cannot reach the broker " + broker + " (" + e.getMessage() + "); start it "
                + "(--role=broker) or check --broker and REVREPORT_BROKER_USER / REVREPORT_BROKER_PASSWORD", e);
    }
}
