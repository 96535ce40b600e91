package com.revreport.job;

import com.revreport.testing.SmallDisk;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Installed on {@code BATCH_STEP_EXECUTION} in a test's store on a {@link SmallDisk}: when Spring Batch
 * updates the step execution named {@link #step} to version {@link #version}, fills the disk and makes H2
 * write its pending pages at once, so that this very update of the job repository is the write that finds
 * the disk full. H2 writes in the background, half a second later at most; writing here takes the moment
 * from the scheduler and makes it the same every run. The failed write goes where the background writer's
 * would: H2 keeps it and throws it at the next commit, the one of this update.
 */
public class FillDiskTrigger implements Trigger {

    static volatile SmallDisk disk;

    static volatile String step;

    static volatile int version;

    static volatile boolean fired;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // BATCH_STEP_EXECUTION: STEP_EXECUTION_ID, VERSION, STEP_NAME, ...
        if (fired || newRow == null || !String.valueOf(newRow[2]).equals(step)
                || ((Number) newRow[1]).intValue() != version) {
            return;
        }
        fired = true;
        // pending pages larger than any free space the store file may hold (a migration or a compaction can
        // leave some, and H2 writes into it before it grows the file), so the flush has to grow the file
        try (java.sql.Statement pending = connection.createStatement()) {
            pending.execute("INSERT INTO disk_filler SELECT REPEAT('x', 1000) FROM SYSTEM_RANGE(1, 8000)");
        }
        try {
            disk.fill();
        }
        catch (IOException e) {
            throw new SQLException(e);
        }
        try {
            ((SessionLocal) ((JdbcConnection) connection).getSession()).getDatabase().flush();
        }
        catch (RuntimeException full) {
            // recorded by H2 for the next commit, as a failure of its background writer is
        }
    }
}
