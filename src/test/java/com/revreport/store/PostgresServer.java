package com.revreport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, started once per test JVM from the binaries the build downloads
 * (PostgreSQL 17, chosen in the pom), on a free loopback port; each test asks for a database of its own.
 * Stopped when the JVM ends.
 */
public final class PostgresServer {

    private static PostgresServer shared;

    private static final AtomicInteger databases = new AtomicInteger();

    private final EmbeddedPostgres server;

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    /** The server of this test JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                shared = new PostgresServer(server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    }
                    catch (IOException e) {
                        // the JVM is ending; the server's folder is a temporary one
                    }
                }));
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return shared;
    }

    public int port() {
        return server.getPort();
    }

    /** A new empty database; its JDBC URL as an operator passes it to {@code --store} (no password: the server trusts loopback). */
    public String newDatabase() {
        String name = "store_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    /**
     * For bench/run.sh and trying the jar by hand: starts a server, prints the JDBC URLs of new databases
     * on it (as many as the argument says, one by default), and keeps it up until the process is stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int i = 0; i < count; i++) {
            System.out.println(shared().newDatabase());
        }
        System.out.flush();
        Thread.currentThread().join();
    }

    /** A data source on a database of this server, by its JDBC URL. */
    public static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
