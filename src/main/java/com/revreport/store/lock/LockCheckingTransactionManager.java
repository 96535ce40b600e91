package com.revreport.store.lock;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The store's transactions, each committed only while this run still holds the store. A PostgreSQL
 * advisory lock lives in a session of its own; if that session ends mid-run (a restart, a network cut,
 * an operator's {@code pg_terminate_backend}) another run may take the store, so the month about to be
 * committed is rolled back and the run fails instead. On H2 the file lock cannot be lost this way.
 */
public class LockCheckingTransactionManager extends JdbcTransactionManager {

    private static final long serialVersionUID = 1L;

    private final transient AutoCloseable storeLock;

    public LockCheckingTransactionManager(DataSource dataSource, AutoCloseable storeLock) {
        super(dataSource);
        this.storeLock = storeLock;
    }

    @Override
    protected void prepareForCommit(DefaultTransactionStatus status) {
        if (storeLock instanceof PostgresStoreLock postgres) {
            postgres.requireHeld();
        }
    }
}
