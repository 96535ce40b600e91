package com.revreport.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * Concentration of one scope (a segment, or {@link QuarterFigures#ALL_SEGMENTS}): only clients with
 * positive revenue take part, ranked by revenue descending, ties by client id.
 */
public record ConcentrationScope(String scope, List<ClientShare> clients, BigDecimal revenue, BigDecimal top1Share,
        BigDecimal top5Share, BigDecimal top10Share, BigDecimal hhi, ConcentrationLevel level) {
}
