package com.revreport.remote;

import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.Set;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.revreport.model.ExpectedFailure;

/**
 * {@code --role=broker}: an ActiveMQ Artemis broker in this process, for small installations and the
 * tests; production may use any Artemis broker instead. The whole of that process's configuration: no
 * store, no job. Messages live in memory only: a broker restarted under a run loses the months it had
 * not handed out, and that run ends at {@code --worker-timeout} (exit 1) for the next to redo them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevReportOptions.class)
public class EmbeddedBroker {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    @Bean(destroyMethod = "stop")
    EmbeddedActiveMQ broker(RevReportOptions options) throws Exception {
        String address = "tcp://" + options.brokerHost() + ":" + options.brokerPort();
        refuseTakenPort(options.brokerHost(), options.brokerPort());
        Optional<BrokerCredentials> credentials = BrokerCredentials.fromEnvironment();
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.setSecurityEnabled(credentials.isPresent());
        configuration.addAcceptorConfiguration("tcp", address);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        credentials.ifPresent(c -> broker.setSecurityManager(new OneUser(c)));
        broker.start();
        log.info("Broker listening on {}{}", address, credentials.isPresent() ? ", for REVREPORT_BROKER_USER only" : "");
        return broker;
    }

    /** Artemis only logs an acceptor it cannot bind and runs on without it; this role is nothing without it. */
    private static void refuseTakenPort(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        }
        catch (IOException e) {
            throw new ExpectedFailure("the broker cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): another process holds the port, or the address is not this machine's; choose another "
                    + "with --broker-port or --broker-host");
        }
    }

    /** Every client must give REVREPORT_BROKER_USER and its password; they may then do anything. */
    private record OneUser(BrokerCredentials credentials) implements ActiveMQSecurityManager {

        @Override
        public boolean validateUser(String user, String password) {
            return credentials.match(user, password);
        }

        @Override
        public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
            return validateUser(user, password);
        }
    }
}
