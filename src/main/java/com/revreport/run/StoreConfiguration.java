package com.revreport.run;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.revreport.run.StoreLocation.H2Folder;
import com.revreport.run.StoreLocation.PostgresDatabase;

/**
 * The store under {@code --store}: the embedded H2 file store in a folder, or a PostgreSQL database,
 * opened only once this process holds its lock. Flyway's migrations and Spring Batch's job repository
 * go into the same database either way.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** The H2 folder's file lock, or the PostgreSQL database's advisory lock; released as the context closes. */
    @Bean(destroyMethod = "close")
    AutoCloseable storeLock(RevReportOptions options) {
        if (options.role() == Role.WORKER) {
            // the run that sends a worker its months holds the store's lock; its workers write under it
            return () -> { };
        }
        return options.storeLocation().lock();
    }

    /** Checked before the data source exists, so that no migration or schema script runs on a store it refuses. */
    @Bean
    StoreIdentity storeIdentity(RevReportOptions options, AutoCloseable storeLock) {
        if (options.storeLocation() instanceof PostgresDatabase postgres) {
            return StoreIdentity.ofDatabase(postgres);
        }
        H2Folder h2 = (H2Folder) options.storeLocation();
        return StoreIdentity.verify(h2.folder(), h2Url(h2));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RevReportOptions options, StoreIdentity storeIdentity) {
        HikariDataSource dataSource = new HikariDataSource();
        if (options.storeLocation() instanceof H2Folder h2) {
            // the store exists now (StoreIdentity created it if new): a database file gone from under the
            // process is an error, not a new empty database
            dataSource.setJdbcUrl(h2Url(h2) + ";IFEXISTS=TRUE");
            dataSource.setUsername("sa");
            dataSource.setPassword("");
            // connections opened when asked for, never topped up in the background: after StoreCompaction's
            // SHUTDOWN COMPACT a background top-up would open the store again and leave it half compacted
            dataSource.setMinimumIdle(0);
        }
        else if (options.storeLocation() instanceof PostgresDatabase postgres) {
            dataSource.setJdbcUrl(postgres.url());
            dataSource.setPassword(postgres.password());
            // a batch of inserts sent as multi-row statements: a month's totals in a few round trips
            dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
            dataSource.addDataSourceProperty("ApplicationName", PostgresStoreLock.applicationName());
        }
        // each month being loaded holds a connection for its whole transaction, besides the job's own
        dataSource.setMaximumPoolSize(IngestionConfiguration.parallelMonths() + 3);
        dataSource.setPoolName("store");
        return dataSource;
    }

    private static String h2Url(H2Folder h2) {
        // TRACE_LEVEL_FILE=0: the batch schema script runs at every start and H2 would trace each "already
        // exists" it ignores into a file that only grows.
        // PAGE_SIZE=32768: where H2 splits a B-tree page (16 KB by default). Each insert copies the pages
        // on its path, and a month writes tens of thousands of rows in one go, so fewer, larger pages
        // make the billing step faster (docs/benchmarks.md). A setting of the open store, not of its
        // file: stores written with either page size read the same
        return "jdbc:h2:file:" + h2.folder().toAbsolutePath().resolve("revreport") + ";TRACE_LEVEL_FILE=0;PAGE_SIZE=32768";
    }
}
