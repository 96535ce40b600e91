package com.revreport.remote;

import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;
import com.revreport.store.StoreIdentity;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * {@code --role=worker}: takes month requests from the broker one at a time and runs each with the
 * local run's own month step. A request is taken off the queue only when its month is committed (a
 * transacted JMS session): a worker killed mid-month leaves it to the broker to hand to another worker.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
public class WorkerConfiguration {

    @Bean(destroyMethod = "close")
    ActiveMQConnectionFactory brokerConnections(RevReportOptions options) {
        ActiveMQConnectionFactory factory = BrokerConnections.factory(options.broker(), true);
        // at start, not at the first month: a worker that cannot reach its broker says so and exits 1
        BrokerConnections.requireReachable(factory, options.broker());
        return factory;
    }

    @Bean
    WorkerLoop workerLoop(ActiveMQConnectionFactory brokerConnections, JobRepository jobRepository,
            Step loadBillingMonth, StoreIdentity storeIdentity) {
        DefaultMessageListenerContainer listener = new DefaultMessageListenerContainer();
        listener.setConnectionFactory(brokerConnections);
        // its own store's queue only: another store's months are never offered to this worker
        listener.setDestinationName(MonthRequest.queueOf(storeIdentity.id()));
        listener.setSessionTransacted(true);
        listener.setConcurrentConsumers(1);
        listener.setMaxConcurrentConsumers(1);
        // through a broker outage the listener reconnects every few seconds, for as long as it takes
        listener.setRecoveryInterval(2_000);
        return new WorkerLoop(listener, jobRepository, loadBillingMonth, storeIdentity.id(),
                new JmsTemplate(brokerConnections));
    }

    @Bean
    IntegrationFlow monthRequestsFromBroker(WorkerLoop workerLoop) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(workerLoop.listener()))
                .handle(String.class, (request, headers) -> workerLoop.take(request))
                .nullChannel();
    }
}
