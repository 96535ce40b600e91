package com.revreport.store;

import com.revreport.model.StoreLocation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.revreport.model.ExpectedFailure;

/**
 * The store knows itself: an id and a generation that every run advances, kept inside the database
 * and in a marker file beside it. H2 opens a file cut short as an empty database and a missing one as
 * a new one, so without the marker a damaged store would be taken for a new one and reloaded from
 * whatever input is left, losing archived months and the run history in silence.
 *
 * <p>The database is written (and synced) first, the marker after it: a run that dies between the two
 * leaves the database one generation ahead, which the next open repairs. Any other mismatch is refused.
 * The identity lives in a schema of its own, apart from the tables Flyway migrates, so that it can be
 * read and written before any migration touches the database.
 *
 * <p>On PostgreSQL the identity is the id and generation in the database alone (docs/decisions.md): the
 * server, not a file, keeps the data, so there is no marker to compare, no file to find cut short.
 */
public final class StoreIdentity {

    private static final Logger log = LoggerFactory.getLogger(StoreIdentity.class);

    static final String MARKER = "revreport.identity";

    static final String DATABASE = "revreport.mv.db";

    /** H2's SHUTDOWN COMPACT swaps its new file in under this name; a swap cut short is finished by H2's next open. */
    private static final String DATABASE_BEING_SWAPPED = DATABASE + ".newFile";

    private static final String TABLE = "store_meta.store_identity";

    /** The H2 store's folder, where the marker is kept; {@code null} for a PostgreSQL store. */
    private final Path store;

    private final String id;

    private StoreIdentity(Path store, String id) {
        this.store = store;
        this.id = id;
    }

    private record Mark(String id, long generation) {
    }

    /**
     * The store's id, the same in every process that opens it: what a month request names so that only
     * this store's workers load it (a step execution id alone repeats across stores).
     */
    public String id() {
        return id;
    }

    /**
     * Called once this process holds the store's lock and before anything else opens the database.
     *
     * @param url the store's JDBC URL, without {@code IFEXISTS}
     * @throws StoreDamagedException naming the store and what to do, when it is not the store it says it is
     */
    static StoreIdentity verify(Path store, String url) {
        Path folder = store.toAbsolutePath();
        boolean database = Files.exists(folder.resolve(DATABASE), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(folder.resolve(DATABASE_BEING_SWAPPED), LinkOption.NOFOLLOW_LINKS);
        boolean marked = Files.exists(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        if (!database && !marked) {
            return create(folder, url);
        }
        if (!database) {
            throw refused(folder, "its database " + DATABASE + " is missing beside its marker " + MARKER, null);
        }
        Mark recorded = marked ? readMarker(folder) : null;
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")) {
            Mark held = read(connection);
            boolean data = holdsData(connection);
            if (recorded == null) {
                return unmarked(folder, connection, held, data);
            }
            if (held == null) {
                throw refused(folder, data ? "its database has no identity, so it is not the database of the marker "
                        + MARKER : "its database is empty (cut short or replaced)", null);
            }
            if (!held.id().equals(recorded.id())) {
                throw refused(folder, "its database is another store's (id " + held.id() + "; the marker " + MARKER
                        + " says " + recorded.id() + ")", null);
            }
            if (held.generation() < recorded.generation()) {
                throw refused(folder, "its database is behind its marker (generation " + held.generation()
                        + ", the marker says " + recorded.generation() + "): an older copy, or one cut short", null);
            }
            if (held.generation() > recorded.generation() + 1) {
                throw refused(folder, "its marker " + MARKER + " is older than its database (generation "
                        + recorded.generation() + ", the database says " + held.generation() + ")", null);
            }
            if (held.generation() == recorded.generation() + 1) {
                // a run stopped between writing the database's generation and the marker's
                writeMarker(folder, held);
                log.warn("Store {}: marker {} brought up to its database's generation {} (a run stopped between the two)",
                        folder, MARKER, held.generation());
            }
            return new StoreIdentity(folder, held.id());
        }
        catch (SQLException e) {
            throw refused(folder, "its database " + DATABASE + " cannot be opened (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** A database without a marker: a store of an earlier version, or one whose creation was cut short. */
    private static StoreIdentity unmarked(Path folder, Connection connection, Mark held, boolean data)
            throws SQLException {
        if (held != null && data) {
            throw refused(folder, "its marker " + MARKER + " is missing", null);
        }
        if (held != null) {
            // created, then stopped before the marker was written: nothing else was ever stored
            writeMarker(folder, held);
            return new StoreIdentity(folder, held.id());
        }
        if (!data) {
            throw new StoreDamagedException("the store " + folder + " is refused: its database " + DATABASE
                    + " is empty and has no marker " + MARKER + " (cut short?); put back the copy of the whole store "
                    + "folder, database and marker together, or remove " + DATABASE + " to start a new store");
        }
        Mark adopted = new Mark(UUID.randomUUID().toString(), 0);
        write(connection, adopted);
        checkpoint(connection);
        writeMarker(folder, adopted);
        log.info("Store {} was written by an earlier version: adopted as store {}, its identity written inside it "
                + "and in {}", folder, adopted.id(), MARKER);
        return new StoreIdentity(folder, adopted.id());
    }

    /** A PostgreSQL store's identity, created in its database on the first run; called before any migration. */
    static StoreIdentity ofDatabase(StoreLocation.PostgresUrl database) {
        java.util.Properties credentials = new java.util.Properties();
        if (database.password() != null) {
            credentials.setProperty("password", database.password());
        }
        try (Connection connection = DriverManager.getConnection(database.url(), credentials)) {
            Mark held;
            try (Statement statement = connection.createStatement();
                    ResultSet table = statement.executeQuery(
                            "SELECT to_regclass('store_meta.store_identity') IS NOT NULL AS present")) {
                table.next();
                held = table.getBoolean("present") ? readRow(connection) : null;
            }
            if (held == null) {
                held = new Mark(UUID.randomUUID().toString(), 0);
                write(connection, held);
                log.info("Store {}: store {} (identity written in its schema store_meta)", database.url(), held.id());
            }
            return new StoreIdentity(null, held.id());
        }
        catch (SQLException e) {
            throw new ExpectedFailure("cannot open the store " + database.url() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static StoreIdentity create(Path folder, String url) {
        Mark created = new Mark(UUID.randomUUID().toString(), 0);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            write(connection, created);
            checkpoint(connection);
        }
        catch (SQLException e) {
            throw new ExpectedFailure("cannot create the store " + folder + ": " + firstLine(e.getMessage()), e);
        }
        writeMarker(folder, created);
        log.info("Store {} created: store {}", folder, created.id());
        return new StoreIdentity(folder, created.id());
    }

    /** Every run, before it writes anything else: the database's generation first, synced, then the marker's. */
    public void advance(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("UPDATE " + TABLE + " SET generation = generation + 1 WHERE store_id = ?").param(id).update();
        long generation = jdbc.sql("SELECT generation FROM " + TABLE + " WHERE store_id = ?").param(id)
                .query(Long.class).single();
        if (store != null) {
            jdbc.sql("CHECKPOINT SYNC").update();
            writeMarker(store, new Mark(id, generation));
        }
    }

    private static Mark read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT COUNT(*) AS found FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'STORE_META' AND TABLE_NAME = 'STORE_IDENTITY'")) {
            tables.next();
            if (tables.getLong("found") == 0) {
                return null;
            }
        }
        return readRow(connection);
    }

    private static Mark readRow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT store_id, generation FROM " + TABLE)) {
            return row.next() ? new Mark(row.getString("store_id"), row.getLong("generation")) : null;
        }
    }

    /** Whether the database holds any table of the store's own (Flyway's history at least, once migrated). */
    private static boolean holdsData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT COUNT(*) AS found FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            return tables.getLong("found") > 0;
        }
    }

    private static void write(Connection connection, Mark mark) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS store_meta");
            statement.execute("CREATE TABLE " + TABLE + " (store_id CHAR(36) NOT NULL PRIMARY KEY, "
                    + "generation BIGINT NOT NULL)");
            statement.execute("INSERT INTO " + TABLE + " (store_id, generation) VALUES ('" + mark.id() + "', "
                    + mark.generation() + ")");
        }
    }

    /** H2: on disk before the marker names it. */
    private static void checkpoint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private static Mark readMarker(Path folder) {
        Path marker = folder.resolve(MARKER);
        try {
            String id = null;
            Long generation = null;
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (line.startsWith("id=")) {
                    id = line.substring(3).strip();
                }
                else if (line.startsWith("generation=")) {
                    generation = Long.parseLong(line.substring(11).strip());
                }
            }
            if (id == null || id.isEmpty() || generation == null) {
                throw refused(folder, "its marker " + MARKER + " does not hold an id and a generation", null);
            }
            return new Mark(id, generation);
        }
        catch (IOException | NumberFormatException e) {
            throw refused(folder, "its marker " + MARKER + " cannot be read (" + firstLine(e.toString()) + ")", e);
        }
    }

    /** Written whole beside the database and moved over the old one, so a crash leaves one or the other. */
    private static void writeMarker(Path folder, Mark mark) {
        Path next = folder.resolve(MARKER + ".tmp");
        String text = "# RevReport store identity. It belongs with " + DATABASE + " beside it: copy and restore the "
                + "store folder as a whole.\nid=" + mark.id() + "\ngeneration=" + mark.generation() + "\n";
        try {
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(next, folder.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new ExpectedFailure("cannot write the store's marker " + folder.resolve(MARKER) + ": " + e.getMessage(), e);
        }
    }

    private static StoreDamagedException refused(Path folder, String what, Throwable cause) {
        return new StoreDamagedException("the store " + folder + " is refused: " + what + "; put back the copy of the "
                + "whole store folder, database and marker together", cause);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
