package com.revreport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;
import com.revreport.cli.Role;
import com.revreport.job.IngestionConfiguration;
import com.revreport.job.OnDemandRun;
import com.revreport.job.ReportJobConfiguration;
import com.revreport.job.SignOffRun;
import com.revreport.remote.EmbeddedBroker;
import com.revreport.remote.ManagerConfiguration;
import com.revreport.remote.WorkerConfiguration;
import com.revreport.schedule.ScheduledRuns;
import com.revreport.schedule.StopSignal;
import com.revreport.store.StoreConfiguration;

/**
 * The Spring context of each role, assembled from the configurations that role needs and nothing else:
 * there is no component scan, and no part asks which role it is in. What a plain run never loads (the
 * broker, JMS, Spring Integration) is not left out by a condition evaluated on it, which would load its
 * annotations, but by never being named in that role.
 */
public final class RoleContexts {

    private RoleContexts() {
    }

    /** The configuration a process of this role starts Spring with. */
    public static Class<?> of(Role role) {
        return switch (role) {
            case RUN -> Run.class;
            case WORKER -> Worker.class;
            case BROKER -> EmbeddedBroker.class;
        };
    }

    /** {@code --role=run}: the store, the job and its steps, the stop signal; then on demand or on a schedule, through the broker or not. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableConfigurationProperties(RevReportOptions.class)
    @Import({ StoreConfiguration.class, ReportJobConfiguration.class, StopSignal.class, RunModes.class })
    static class Run {
    }

    /** {@code --role=worker}: the store, the month step and the queue of its store's months; no job of its own. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableConfigurationProperties(RevReportOptions.class)
    @Import({ StoreConfiguration.class, IngestionConfiguration.class, WorkerConfiguration.class })
    static class Worker {
    }

    /**
     * The choices within a run, made from the options (command line, environment, application.yml)
     * once Spring has read them: a sign-off, on demand or {@code --schedule}, local threads or {@code --broker}.
     * Returned as names, so the classes of the branch not taken are not even loaded.
     */
    static class RunModes implements ImportSelector, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public String[] selectImports(AnnotationMetadata importingClass) {
            List<String> parts = new ArrayList<>();
            boolean schedule = environment.getProperty(Option.SCHEDULE_PROPERTY, Boolean.class, false);
            if (environment.getProperty(Option.SIGN_OFF_PROPERTY, Boolean.class, false)) {
                // a command on the store, not a run: the job's beans are there, and not started
                return new String[] { SignOffRun.class.getName() };
            }
            parts.add(schedule ? ScheduledRuns.class.getName() : OnDemandRun.class.getName());
            String broker = environment.getProperty(Option.BROKER.key());
            if (broker != null && !broker.isBlank()) {
                parts.add(ManagerConfiguration.class.getName());
            }
            return parts.toArray(String[]::new);
        }
    }
}
