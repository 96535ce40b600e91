package com.revreport.store;

import com.revreport.model.StoreLocation;

import com.revreport.model.InvalidOptionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.revreport.model.ExpectedFailure;

/** {@code --store} names a folder (H2) or a PostgreSQL database, never with a password in it. */
class StoreLocationTests {

    @Test
    void aFolderIsTheEmbeddedH2Store() {
        assertThat(StoreLocation.of("data")).isEqualTo(new StoreLocation.H2Folder(Path.of("data")));
        assertThat(StoreLocation.of("data").description()).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }

    @Test
    void aPostgresqlUrlIsADatabaseNamedByItsUrl() {
        String url = "jdbc:postgresql://db.example:5432/revreport?user=revreport&sslmode=verify-full";

        assertThat(StoreLocation.of(url)).isEqualTo(new StoreLocation.PostgresUrl(url));
        assertThat(StoreLocation.of(url).description()).isEqualTo(url);
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithExitTwoWithoutRepeatingIt() {
        for (String url : new String[] { "jdbc:postgresql://db:5432/revreport?user=r&password=hunter2",
                "jdbc:postgresql://db:5432/revreport?user=r&PASSWORD=hunter2", "jdbc:postgresql://r:hunter2@db/revreport" }) {
            assertThatThrownBy(() -> StoreLocation.of(url)).as(url).isInstanceOf(InvalidOptionException.class)
                    .hasMessageContaining("a password in the JDBC URL is refused")
                    .hasMessageContaining("REVREPORT_STORE_PASSWORD").hasMessageNotContaining("hunter2")
                    .satisfies(e -> assertThat(((ExpectedFailure) e).exitCode()).isEqualTo(2));
        }
    }

    @Test
    void anotherDatabasesUrlIsRefusedWithExitTwo() {
        assertThatThrownBy(() -> StoreLocation.of("jdbc:mysql://db/revreport")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("--store=jdbc:mysql://db/revreport is invalid")
                .hasMessageContaining("a PostgreSQL JDBC URL");
    }
}
