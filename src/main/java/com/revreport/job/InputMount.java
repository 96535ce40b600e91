package com.revreport.job;

import com.revreport.model.InvalidOptionException;
import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;
import com.revreport.cli.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Where this process finds the input folder a run planned. The run itself, and a worker that mounts the
 * folder where the run does, read the planned paths; a worker given {@code --input=DIR} reads the run's
 * input folder under DIR instead ({@code /srv/input/billing/b-2024-03.csv} as
 * {@code DIR/billing/b-2024-03.csv}). The option's default ({@code input}) maps nothing: only an
 * {@code --input} the operator gave does.
 */
@Component
class InputMount {

    private final Path mountPoint;

    InputMount(RevReportOptions options, ConfigurableEnvironment environment) {
        this.mountPoint = options.role() == Role.WORKER && given(environment, Option.INPUT) ? options.input() : null;
        if (mountPoint != null && !Files.isDirectory(mountPoint)) {
            throw new InvalidOptionException("input", mountPoint.toString(),
                    "an existing folder: where this worker mounts the run's input folder");
        }
    }

    /** The folder to read for the run's {@code planned} input folder (an absolute path). */
    Path folder(String planned) {
        return mountPoint != null ? mountPoint.toAbsolutePath() : Path.of(planned);
    }

    /** Whether the option is set anywhere (command line, environment, application.yml) but its default. */
    private static boolean given(ConfigurableEnvironment environment, Option option) {
        List<PropertySource<?>> sources = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!DefaultPropertiesPropertySource.hasMatchingName(source)
                    && !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                sources.add(source);
            }
        }
        return new Binder(ConfigurationPropertySources.from(sources)).bind(option.property(), String.class).isBound();
    }
}
