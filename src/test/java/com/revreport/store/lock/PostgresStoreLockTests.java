package com.revreport.store.lock;

import com.revreport.store.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.revreport.model.ExpectedFailure;

/** The advisory lock on a real PostgreSQL server: one holder per store, named to the next one, gone with its session. */
class PostgresStoreLockTests {

    @Test
    void aSecondLockOnTheStoreIsRefusedNamingTheHolderUntilTheFirstCloses() {
        String store = PostgresServer.shared().newDatabase();
        PostgresStoreLock first = PostgresStoreLock.acquire(store, null);

        assertThatThrownBy(() -> PostgresStoreLock.acquire(store, null)).isInstanceOf(StoreLockedException.class)
                .hasMessageContaining("another run holds the store " + store)
                .hasMessageContaining("revreport pid " + ProcessHandle.current().pid() + " on ")
                .hasMessageContaining("connected since");

        first.close();
        PostgresStoreLock.acquire(store, null).close();
    }

    @Test
    void storesInTwoDatabasesOfOneServerAreLockedApart() {
        try (PostgresStoreLock first = PostgresStoreLock.acquire(PostgresServer.shared().newDatabase(), null);
                PostgresStoreLock second = PostgresStoreLock.acquire(PostgresServer.shared().newDatabase(), null)) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }

    @Test
    void aServerThatCannotBeReachedIsOneLineNamingTheStore() {
        // port 1: nothing listens there
        String nowhere = "jdbc:postgresql://127.0.0.1:1/revreport?user=revreport&connectTimeout=2";

        assertThatThrownBy(() -> PostgresStoreLock.acquire(nowhere, null)).isExactlyInstanceOf(ExpectedFailure.class).hasMessageStartingWith("cannot connect to the store " + nowhere)
                .hasMessageContaining("REVREPORT_STORE_PASSWORD").hasMessageNotContaining("\n");
    }
}
