package com.revreport.close;

import java.math.BigDecimal;

/**
 * One row of tblChanges: a figure that moved since the previous version, and the inputs that moved it.
 *
 * @param previous the figure as the previous version wrote it (number, text or null for blank)
 * @param current the figure as this version writes it
 * @param difference current - previous where both are numbers, otherwise null
 */
public record FigureChange(String figure, String scope, String period, Object previous, Object current,
        BigDecimal difference, String cause) {
}
