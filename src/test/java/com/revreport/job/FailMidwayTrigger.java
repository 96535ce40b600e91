package com.revreport.job;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Installed into a test's store, makes the insert of a client named {@code FAIL-MIDWAY} fail: a real
 * database failure in the middle of a month's transaction, after its old rows were deleted.
 */
public class FailMidwayTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && java.util.Arrays.asList(newRow).contains("FAIL-MIDWAY")) {
            throw new SQLException("the disk is full (a test's failure in the middle of the month's inserts)");
        }
    }
}
