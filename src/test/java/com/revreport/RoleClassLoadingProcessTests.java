package com.revreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;

/**
 * A plain run (no --broker) starts without the scale-out stack: the JVM's own class-load log of the real
 * jar names no class of Artemis, JMS or Spring Integration, which it would if any part of that stack
 * were so much as looked at.
 */
class RoleClassLoadingProcessTests {

    private static final List<String> SCALE_OUT = List.of("org.apache.activemq", "jakarta.jms",
            "org.springframework.integration", "org.springframework.jms");

    @TempDir
    Path dir;

    @Test
    void aPlainRunLoadsNoClassOfTheBrokerJmsOrSpringIntegration() throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path classes = dir.resolve("class-load.txt");

        JarProcess.Finished run = JarProcess.runIn(dir, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classes),
                dir.resolve("run.log"), "--input=" + input, "--store=" + dir.resolve("store"),
                "--output=" + dir.resolve("output"), "--template=" + JarProcess.template());

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> loaded = Files.readAllLines(classes);
        // the log is the JVM's: a run that wrote it has loaded the job's own classes
        assertThat(loaded).anyMatch(line -> line.contains(" com.revreport.job.ReportRunner "));
        assertThat(loaded).noneMatch(line -> SCALE_OUT.stream().anyMatch(prefix -> line.contains(" " + prefix + ".")));
    }
}
