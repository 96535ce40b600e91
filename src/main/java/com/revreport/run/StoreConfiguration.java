package com.revreport.run;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded H2 file store under {@code --store}, opened only once this process holds its lock. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    StoreLock storeLock(RevReportOptions options) {
        return StoreLock.acquire(options.store());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RevReportOptions options, StoreLock storeLock) {
        HikariDataSource dataSource = new HikariDataSource();
        // TRACE_LEVEL_FILE=0: the batch schema script runs at every start and H2 would trace each "already
        // exists" it ignores into a file that only grows
        dataSource.setJdbcUrl("jdbc:h2:file:" + options.store().toAbsolutePath().resolve("revreport") + ";TRACE_LEVEL_FILE=0");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        // each month being loaded holds a connection for its whole transaction, besides the job's own
        dataSource.setMaximumPoolSize(IngestionConfiguration.parallelMonths() + 3);
        dataSource.setPoolName("store");
        return dataSource;
    }
}
