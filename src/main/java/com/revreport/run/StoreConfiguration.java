package com.revreport.run;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

import com.revreport.store.StoreFileSeal;

/** The embedded H2 file store under {@code --store}, opened only once this process holds its lock. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    StoreLock storeLock(RevReportOptions options) {
        return StoreLock.acquire(options.store());
    }

    /** Read before anything opens the database; sealed again once the data source has closed it. */
    @Bean(destroyMethod = "close")
    StoreFileSeal storeFileSeal(RevReportOptions options, StoreLock storeLock) {
        return StoreFileSeal.take(options.store(), options.fullCheck());
    }

    /** Checked before the data source exists, so that no migration or schema script runs on a store it refuses. */
    @Bean
    @DependsOn("storeFileSeal")
    StoreIdentity storeIdentity(RevReportOptions options, StoreLock storeLock) {
        return StoreIdentity.verify(options.store(), url(options));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RevReportOptions options, StoreIdentity storeIdentity) {
        HikariDataSource dataSource = new HikariDataSource();
        // the store exists now (StoreIdentity created it if new): a database file gone from under the process
        // is an error, not a new empty database
        dataSource.setJdbcUrl(url(options) + ";IFEXISTS=TRUE");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        // each month being loaded holds a connection for its whole transaction, besides the job's own
        dataSource.setMaximumPoolSize(IngestionConfiguration.parallelMonths() + 3);
        // connections opened when asked for, never topped up in the background: after StoreCompaction's
        // SHUTDOWN COMPACT a background top-up would open the store again and leave it half compacted
        dataSource.setMinimumIdle(0);
        dataSource.setPoolName("store");
        return dataSource;
    }

    private static String url(RevReportOptions options) {
        // TRACE_LEVEL_FILE=0: the batch schema script runs at every start and H2 would trace each "already
        // exists" it ignores into a file that only grows.
        // PAGE_SIZE=32768: where H2 splits a B-tree page (16 KB by default). Each insert copies the pages
        // on its path, and a month writes tens of thousands of rows in one go, so fewer, larger pages
        // make the billing step faster (docs/benchmarks.md). A setting of the open store, not of its
        // file: stores written with either page size read the same
        return "jdbc:h2:file:" + options.store().toAbsolutePath().resolve("revreport") + ";TRACE_LEVEL_FILE=0;PAGE_SIZE=32768";
    }
}
