package com.revreport.cli;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Of the environment variables, only {@code REVREPORT_*} (the options, {@link Option#PREFIX}) and
 * Spring Boot's own {@code SPRING_*} and {@code LOGGING_*} configure the job. Spring would otherwise
 * read any variable as a property: {@code INPUT}, {@code STORE} or {@code DEBUG}, set on a shared host or
 * in a pod for something else, would change what the job reads or logs.
 */
class PrefixedEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String[] PREFIXES = { Option.PREFIX.toUpperCase(java.util.Locale.ROOT) + "_", "SPRING_",
            "LOGGING_" };

    /** Before Spring Boot wraps the variables to track where each property came from, so it wraps these. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        PropertySource<?> variables = environment.getPropertySources().get(name);
        if (variables != null && variables.getSource() instanceof Map<?, ?> all) {
            Map<String, Object> kept = all.entrySet().stream().filter(e -> configures(String.valueOf(e.getKey())))
                    .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
            environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, kept));
        }
    }

    static boolean configures(String variable) {
        for (String prefix : PREFIXES) {
            if (variable.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }
}
