package com.revreport.store;

import com.revreport.cli.RevReportOptions;
import com.revreport.store.lock.LockCheckingTransactionManager;
import com.revreport.store.lock.PostgresStoreLock;
import com.revreport.model.MonthsAtOnce;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;

import com.revreport.model.StoreLocation.H2Folder;
import com.revreport.model.StoreLocation.PostgresUrl;

/**
 * The store under {@code --store}: the embedded H2 file store in a folder, or a PostgreSQL database,
 * opened only once this process holds its lock ({@link StoreLockAtStart} takes it before the context
 * starts and registers it as the bean {@code storeLock}). Flyway's migrations and Spring Batch's job
 * repository go into the same database either way.
 */
@Configuration(proxyBeanMethods = false)
@Import({ RevenueStore.class, StoreQueries.class, QuarterVersions.class, StoredMonthChecks.class, InputFileHashes.class,
        StoredFileMonths.class })
public class StoreConfiguration {

    /** Read before anything opens the database; sealed again once the data source has closed it (H2 only). */
    @Bean(destroyMethod = "close")
    StoreFileSeal storeFileSeal(RevReportOptions options, AutoCloseable storeLock) {
        return options.storeLocation().match(h2 -> StoreFileSeal.take(h2.folder(), options.fullCheck()),
                postgres -> StoreFileSeal.none());
    }

    /** Checked before the data source exists, so that no migration or schema script runs on a store it refuses. */
    @Bean
    @DependsOn("storeFileSeal")
    StoreIdentity storeIdentity(RevReportOptions options, AutoCloseable storeLock) {
        return options.storeLocation().match(h2 -> StoreIdentity.verify(h2.folder(), h2Url(h2)),
                StoreIdentity::ofDatabase);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RevReportOptions options, StoreIdentity storeIdentity) {
        HikariDataSource dataSource = options.storeLocation().match(StoreConfiguration::h2DataSource,
                StoreConfiguration::postgresDataSource);
        // each month being loaded holds a connection for its whole transaction, besides the job's own
        dataSource.setMaximumPoolSize(MonthsAtOnce.count() + 3);
        dataSource.setPoolName("store");
        return dataSource;
    }

    private static HikariDataSource h2DataSource(H2Folder h2) {
        HikariDataSource dataSource = new HikariDataSource();
        // the store exists now (StoreIdentity created it if new): a database file gone from under the
        // process is an error, not a new empty database
        dataSource.setJdbcUrl(h2Url(h2) + ";IFEXISTS=TRUE");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        // connections opened when asked for, never topped up in the background: after the compaction's
        // SHUTDOWN COMPACT a background top-up would open the store again and leave it half compacted
        dataSource.setMinimumIdle(0);
        return dataSource;
    }

    private static HikariDataSource postgresDataSource(PostgresUrl postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.url());
        dataSource.setPassword(postgres.password());
        // a batch of inserts sent as multi-row statements: a month's totals in a few round trips
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.addDataSourceProperty("ApplicationName", PostgresStoreLock.applicationName());
        return dataSource;
    }

    /** Spring Boot's own, but for the check before each commit that the store is still this run's. */
    @Bean
    LockCheckingTransactionManager transactionManager(HikariDataSource dataSource, AutoCloseable storeLock) {
        return new LockCheckingTransactionManager(dataSource, storeLock);
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
