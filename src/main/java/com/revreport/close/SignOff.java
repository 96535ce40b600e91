package com.revreport.close;

import java.time.Instant;

/**
 * A reviewer's sign-off of one version of a quarter.
 *
 * @param note the reviewer's note, or null
 */
public record SignOff(String by, Instant at, String note) {
}
