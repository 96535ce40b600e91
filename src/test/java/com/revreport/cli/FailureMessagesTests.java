package com.revreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.OptimisticLockingFailureException;

import com.revreport.model.StoreLocation;
import com.revreport.testing.SmallDisk;

/**
 * The line of a failure whose real cause, a full disk under the store, is no longer in its chain: Spring
 * Batch's version check on a step execution whose update was rolled back when the disk filled, as a run
 * once reported it, is the disk-full line while the store's disk is full, and a defect otherwise.
 */
class FailureMessagesTests {

    /** The exception a run reported as a defect when the disk filled during the job repository's update. */
    private static final OptimisticLockingFailureException VERSION_CHECK = new OptimisticLockingFailureException(
            "Attempt to update step execution id=12 with wrong version (1), where current version is 2");

    @TempDir
    Path dir;

    @Test
    void aRepositoryVersionConflictOnAStoreWhoseDiskIsFullIsTheDiskFullLineNamingTheStore() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "size=8m")) {
            StoreLocation store = StoreLocation.of(dir.resolve("disk").toString());
            disk.fill();

            assertThat(FailureMessages.line(VERSION_CHECK, store)).isEqualTo("the disk holding the store "
                    + store.description() + " is full (OptimisticLockingFailureException after the disk filled); free "
                    + "space there and run again: the store keeps what it had");

            disk.free();
            assertThat(FailureMessages.line(VERSION_CHECK, store)).startsWith("defect (a bug in revreport");
        }
    }

    @Test
    void theSameConflictWithSpaceOnTheDiskIsADefect() {
        StoreLocation store = StoreLocation.of(dir.resolve("store").toString());
        dir.resolve("store").toFile().mkdirs();

        assertThat(FailureMessages.line(VERSION_CHECK, store)).startsWith("defect (a bug in revreport")
                .contains("OptimisticLockingFailureException");
    }
}
