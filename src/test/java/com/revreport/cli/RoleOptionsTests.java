package com.revreport.cli;

import com.revreport.model.InvalidOptionException;

import com.revreport.testing.JarProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Each role takes the options it needs, and a combination that cannot work is refused with exit 2. */
class RoleOptionsTests {

    @TempDir
    Path dir;

    @Test
    void aRunWithoutBrokerNeedsNoneOfTheRoleOptions() throws IOException {
        RevReportOptions options = bind(Map.of());

        assertThat(options.role()).isEqualTo(Role.RUN);
        assertThat(options.broker()).isNull();
        assertThat(options.workerTimeout()).isEqualTo(Duration.ofHours(2));
        assertThat(options.brokerHost()).isEqualTo("127.0.0.1");
        assertThat(options.brokerPort()).isEqualTo(61616);
    }

    @Test
    void brokerWithAnH2FolderStoreIsRefusedNamingTheFolder() {
        assertThat(refusal(Map.of("broker", "tcp://127.0.0.1:61616", "store", dir.resolve("data").toString())))
                .startsWith("--broker needs a PostgreSQL store").contains(dir.resolve("data").toString());
    }

    @Test
    void aWorkerWithoutBrokerIsRefused() {
        assertThat(refusal(Map.of("role", "worker"))).startsWith("--role=worker needs --broker");
    }

    @Test
    void aBrokerAddressThatIsNotTcpHostPortIsRefused() {
        assertThat(refusal(Map.of("broker", "localhost:61616")))
                .isEqualTo("--broker=localhost:61616 is invalid: expected tcp://host:port, e.g. tcp://broker.example:61616");
    }

    @Test
    void aBrokerProcessNeedsNoInputFolderNorTemplate() throws IOException {
        RevReportOptions options = bind(Map.of("role", "broker", "input", dir.resolve("none").toString(), "template",
                dir.resolve("none.xlsx").toString()));

        assertThat(options.role()).isEqualTo(Role.BROKER);
    }

    @Test
    void scheduleGoesWithTheRunOnly() {
        assertThat(refusal(Map.of("role", "broker", "schedule", "true")))
                .isEqualTo("--schedule goes with --role=run only, not --role=broker");
    }

    @Test
    void theRoleIsTheCommandLinesAndAnUnknownOneIsRefused() {
        assertThat(Role.of(new String[] { "--input=x", "--role=Worker" })).isEqualTo(Role.WORKER);
        assertThatThrownBy(() -> Role.of(new String[] { "--role=manager" })).isInstanceOf(InvalidOptionException.class)
                .hasMessage("--role=manager is invalid: expected run, worker or broker");
    }

    /** The one line of a refused start, having checked that it is exit 2. */
    private String refusal(Map<String, String> options) {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> bind(options));
        assertThat(ExitCodes.of(refused)).as("exit code of %s", refused).isEqualTo(ExitCodes.INVALID_CONFIGURATION);
        return ExitCodes.messageOf(refused);
    }

    private RevReportOptions bind(Map<String, String> options) throws IOException {
        Map<String, Object> given = new HashMap<>(Option.defaults());
        given.put(Option.INPUT.key(), Files.createDirectories(dir.resolve("input")).toString());
        given.put(Option.OUTPUT.key(), dir.resolve("output").toString());
        given.put(Option.TEMPLATE.key(), JarProcess.template().toString());
        options.forEach((name, value) -> given.put(Option.PREFIX + "." + name, value));
        return new Binder(new MapConfigurationPropertySource(given)).bindOrCreate(Option.PREFIX, RevReportOptions.class);
    }
}
