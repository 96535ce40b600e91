package com.revreport.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a run records just before it moves a workbook into place must be on disk first, or a kill -9 could
 * leave a workbook the store knows nothing of. H2 writes a commit to its file up to a second later, which a
 * kill would not wait for, unless asked to now; PostgreSQL has it in its write-ahead log when the commit
 * returns.
 */
final class WriteThrough {

    private WriteThrough() {
    }

    /** After a commit: asks H2 to write what is committed to its file now. */
    static void now(JdbcClient jdbc, JdbcTemplate template) {
        if (isH2(template)) {
            jdbc.sql("CHECKPOINT").update();
        }
    }

    static boolean isH2(JdbcTemplate template) {
        return Boolean.TRUE.equals(template.execute(
                (ConnectionCallback<Boolean>) connection -> "H2".equals(connection.getMetaData().getDatabaseProductName())));
    }
}
