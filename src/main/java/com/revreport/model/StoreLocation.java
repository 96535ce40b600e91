package com.revreport.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the store is, as {@code --store} names it: a folder for the embedded H2 store (the default,
 * nothing to install), or a PostgreSQL database by its JDBC URL, whose password comes from the
 * environment ({@value #PASSWORD_VARIABLE}) so that it shows in no process list, log or Run sheet.
 */
public sealed interface StoreLocation {

    String PASSWORD_VARIABLE = "REVREPORT_STORE_PASSWORD";

    /** How messages and the Run sheet name the store: the folder's absolute path, or the URL. */
    String description();

    /**
     * The one place a caller branches on the kind of store, one function per kind. Java 17 has no
     * pattern {@code switch}; this method is its equivalent for a sealed type: a third kind of store
     * would add a parameter, and every caller would fail to compile until it handles that kind.
     */
    <T> T match(Function<H2Folder, T> h2Folder, Function<PostgresUrl, T> postgresUrl);

    default boolean isH2Folder() {
        return match(h2 -> true, postgres -> false);
    }

    /**
     * @throws InvalidOptionException for a JDBC URL of another database, or one that carries a password
     */
    static StoreLocation of(String option) {
        if (!option.startsWith("jdbc:")) {
            return new H2Folder(Path.of(option));
        }
        if (!option.startsWith("jdbc:postgresql://")) {
            throw new InvalidOptionException("store", option,
                    "a folder, or a PostgreSQL JDBC URL such as jdbc:postgresql://host:5432/revreport?user=revreport");
        }
        String lower = option.toLowerCase(Locale.ROOT);
        if (lower.contains("password=") || option.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0].contains("@")) {
            // the URL goes to the log, the Run sheet and the process list: no secret belongs in it
            throw new InvalidOptionException("--store: a password in the JDBC URL is refused; remove it and set "
                    + PASSWORD_VARIABLE + " in the environment instead");
        }
        return new PostgresUrl(option);
    }

    /** The embedded H2 file store in this folder. */
    record H2Folder(Path folder) implements StoreLocation {

        @Override
        public String description() {
            return folder.toAbsolutePath().toString();
        }

        @Override
        public <T> T match(Function<H2Folder, T> h2Folder, Function<PostgresUrl, T> postgresUrl) {
            return h2Folder.apply(this);
        }
    }

    /** A PostgreSQL database, by a JDBC URL without a password. */
    record PostgresUrl(String url) implements StoreLocation {

        @Override
        public String description() {
            return url;
        }

        @Override
        public <T> T match(Function<H2Folder, T> h2Folder, Function<PostgresUrl, T> postgresUrl) {
            return postgresUrl.apply(this);
        }

        /** The password from the environment, or {@code null} (trust, peer or ~/.pgpass authentication). */
        public String password() {
            String password = System.getenv(PASSWORD_VARIABLE);
            return password == null || password.isEmpty() ? null : password;
        }
    }
}
