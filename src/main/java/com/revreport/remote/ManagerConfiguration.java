package com.revreport.remote;

import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;
import com.revreport.store.StoreIdentity;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * A run with {@code --broker} (the manager): its month partitions go out as messages to the workers
 * instead of to local threads; the partitioner and the worker step are the local run's own.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
public class ManagerConfiguration {

    @Bean
    MonthsThroughBroker monthsThroughBroker(JobRepository jobRepository, RevReportOptions options,
            StoreIdentity storeIdentity, DirectChannel monthRequests) {
        return new MonthsThroughBroker(options.broker(), storeIdentity.id(), options.workerTimeout(),
                options.workerIdleTimeout(), jobRepository, new MessagingTemplate(monthRequests));
    }

    @Bean
    DirectChannel monthRequests() {
        return new DirectChannel();
    }

    @Bean(destroyMethod = "close")
    ActiveMQConnectionFactory brokerConnections(RevReportOptions options) {
        return BrokerConnections.factory(options.broker(), false);
    }

    @Bean
    IntegrationFlow monthRequestsToBroker(DirectChannel monthRequests, ActiveMQConnectionFactory brokerConnections,
            StoreIdentity storeIdentity) {
        // a queue per store: many stores may share a broker, and only a store's own workers read its queue
        return IntegrationFlow.from(monthRequests)
                .handle(Jms.outboundAdapter(brokerConnections).destination(MonthRequest.queueOf(storeIdentity.id())))
                .get();
    }
}
