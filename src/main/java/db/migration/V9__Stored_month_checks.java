package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.revreport.store.StoredMonthChecks;

/**
 * Records the row count and checksum of every month a store held before months were checked, from its
 * rows as they are: the checksum is worked out in Java, by the code every load and check uses.
 */
public class V9__Stored_month_checks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        StoredMonthChecks.recordStoredMonths(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
