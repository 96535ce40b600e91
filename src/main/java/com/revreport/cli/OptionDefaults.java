package com.revreport.cli;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Puts every {@link Option}'s default below all other configuration, so that the command line,
 * application.yml and the environment override it and {@link RevReportOptions} and
 * {@code @Scheduled} read the same default without repeating it.
 */
class OptionDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(Option.defaults(), environment.getPropertySources());
    }
}
