package com.revreport.store;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** A real store for the store's tests, H2 file or PostgreSQL, migrated by the application's own Flyway scripts. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static JdbcDataSource fileStore(Path dir) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("revreport"));
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Either database the store runs on, by its Flyway vendor name; for tests of SQL that must mean the same on both. */
    static DataSource store(String database, Path dir) {
        return "postgresql".equals(database) ? postgresStore() : fileStore(dir);
    }

    /** A new empty database on the tests' PostgreSQL server. */
    static DataSource postgresStore() {
        return PostgresServer.dataSource(PostgresServer.shared().newDatabase());
    }

    /**
     * The locations application.yml names, with {@code {vendor}} as Spring Boot resolves it.
     *
     * @param target a migration version, or {@code latest}
     */
    static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
                .target(target).load().migrate();
    }

    private static String vendor(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT);
        }
        catch (MetaDataAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
