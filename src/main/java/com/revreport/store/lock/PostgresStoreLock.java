package com.revreport.store.lock;

import com.revreport.model.StoreLocation;

import com.revreport.model.OneLine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import com.revreport.model.ExpectedFailure;

/**
 * One run per PostgreSQL store: a session advisory lock, taken on a connection of its own (never one
 * of the pool's, which the pool may close or hand to a month's load) and held until the run ends. The
 * server releases it when that session ends, however the process died, so a {@code kill -9} never
 * leaves the store locked. The holder names itself in the session's {@code application_name}, which
 * a second run reads from {@code pg_stat_activity} to say who holds the store. Plain JDBC, so that it
 * can be taken before anything else starts.
 */
public final class PostgresStoreLock implements AutoCloseable {

    /**
     * The lock's keys: "REVR" and 1. Advisory locks are per database, as the store is (its tables, its
     * identity in store_meta, the job repository).
     */
    static final int LOCK_CLASS = 0x52455652;

    private static final int STORE = 1;

    /** PostgreSQL keeps the first 63 bytes of an application_name. */
    private static final int APPLICATION_NAME_BYTES = 63;

    private final Connection connection;

    private final String url;

    private PostgresStoreLock(Connection connection, String url) {
        this.connection = connection;
        this.url = url;
    }

    /**
     * @param url the store's JDBC URL (no password in it)
     * @param password from the environment, or {@code null}
     * @throws StoreLockedException (exit 3) naming the holder when another run holds the store
     * @throws ExpectedFailure (exit 1) when the database cannot be reached
     */
    public static PostgresStoreLock acquire(String url, String password) {
        Connection connection = connect(url, password);
        try {
            if (tryLock(connection)) {
                return new PostgresStoreLock(connection, url);
            }
            String holder = holderOf(connection);
            connection.close();
            throw new StoreLockedException("another run holds the store " + url
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; exiting without touching it");
        }
        catch (SQLException e) {
            close(connection);
            throw new ExpectedFailure("cannot lock the store " + url + ": " + OneLine.of(e.getMessage()), e);
        }
    }

    private static Connection connect(String url, String password) {
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName());
        try {
            return DriverManager.getConnection(url, properties);
        }
        catch (SQLException e) {
            throw new ExpectedFailure("cannot connect to the store " + url + ": " + OneLine.of(e.getMessage())
                    + "; check the URL, the server and " + StoreLocation.PASSWORD_VARIABLE, e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?) AS taken")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, STORE);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean("taken");
            }
        }
    }

    /**
     * What the holding session says of itself, and since when; empty if the server does not show it
     * (a role that may not see other sessions). A lock of two int keys shows as classid, objid, objsubid 2.
     */
    private static String holderOf(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.application_name AS holder, "
                + "a.backend_start AS since FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
                + "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 2")) {
            statement.setLong(1, LOCK_CLASS);
            statement.setLong(2, STORE);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || row.getString("holder") == null || row.getString("holder").isEmpty()) {
                    return "";
                }
                return row.getString("holder") + ", connected since " + row.getObject("since");
            }
        }
    }

    /** {@code revreport pid 4242 on host}: read by a second run, and by an operator in pg_stat_activity. */
    public static String applicationName() {
        return applicationName(ManagementFactory.getRuntimeMXBean().getPid());
    }

    /** The name a run of this machine with that process id gives its sessions. */
    public static String applicationName(long pid) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (IOException e) {
            host = "unknown host";
        }
        String name = "revreport pid " + pid + " on " + host;
        // ASCII is one byte a character; a host name is ASCII
        return name.length() <= APPLICATION_NAME_BYTES ? name : name.substring(0, APPLICATION_NAME_BYTES);
    }

    /**
     * Checked before each commit to the store ({@link LockCheckingTransactionManager}): a session that has
     * ended no longer holds the lock, and another run may have taken the store since.
     *
     * @throws ExpectedFailure (exit 1) when the lock's session is gone
     */
    synchronized void requireHeld() {
        boolean alive;
        try {
            alive = connection.isValid(10);
        }
        catch (SQLException e) {
            alive = false;
        }
        if (!alive) {
            throw new ExpectedFailure("the session holding the lock on the store " + url + " ended (server restart, "
                    + "network, pg_terminate_backend); months loaded before it are kept, the month being loaded is as "
                    + "it was: run again");
        }
    }

    /** Ends the session, which releases the lock. */
    @Override
    public void close() {
        close(connection);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        }
        catch (SQLException e) {
            // a session already gone holds no lock
        }
    }
}
