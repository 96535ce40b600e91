package com.revreport.remote;

import com.revreport.cli.RoleOptions;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import org.springframework.batch.integration.partition.StepExecutionRequest;

import com.revreport.model.ExpectedFailure;

/**
 * How a run and its workers talk through the broker: one queue of month requests, each naming the
 * partition's step execution in the shared job repository, which holds everything else about it. The
 * request is text, not a serialized Java object, so no process deserializes what a broker hands it.
 */
final class BrokerConnections {

    /** The queue month partitions go through; Artemis creates it on first use. */
    static final String MONTH_REQUESTS = "revreport.months";

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

    static String text(StepExecutionRequest request) {
        return request.getStepName() + ":" + request.getStepExecutionId();
    }

    static StepExecutionRequest request(String text) {
        int colon = text.lastIndexOf(':');
        return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }
}
