package com.revreport.store;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A real H2 file store for the store's tests, migrated by the application's own Flyway scripts. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static JdbcDataSource fileStore(Path dir) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("revreport"));
        dataSource.setUser("sa");
        return dataSource;
    }

    /** @param target a migration version, or {@code latest} */
    static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
