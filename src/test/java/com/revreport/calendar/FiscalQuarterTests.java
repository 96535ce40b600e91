package com.revreport.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FiscalQuarterTests {

    @Test
    void calendarYearFiscalYearHasQuartersOfCalendarMonths() {
        // start month 1: FY2022 is January-December 2022, Q1 = Jan-Mar 2022
        FiscalQuarter q1 = FiscalQuarter.parse("FY2022-Q1", 1);
        assertThat(q1.months()).containsExactly(YearMonth.of(2022, 1), YearMonth.of(2022, 2), YearMonth.of(2022, 3));
        assertThat(FiscalQuarter.containing(YearMonth.of(2022, 12), 1)).isEqualTo(new FiscalQuarter(2022, 4, 1));
    }

    @Test
    void julyFiscalYearIsNamedAfterTheYearItEnds() {
        // start month 7: FY2022 = July 2021 - June 2022, so Q3 = Jan-Mar 2022 and Q1 = Jul-Sep 2021
        assertThat(FiscalQuarter.parse("FY2022-Q3", 7).months())
                .containsExactly(YearMonth.of(2022, 1), YearMonth.of(2022, 2), YearMonth.of(2022, 3));
        assertThat(FiscalQuarter.parse("FY2022-Q1", 7).firstMonth()).isEqualTo(YearMonth.of(2021, 7));
        assertThat(FiscalQuarter.containing(YearMonth.of(2021, 7), 7).label()).isEqualTo("FY2022-Q1");
        assertThat(FiscalQuarter.containing(YearMonth.of(2022, 6), 7).label()).isEqualTo("FY2022-Q4");
    }

    @Test
    void quarterCanSpanTheTurnOfTheCalendarYear() {
        // start month 11: FY2022 = Nov 2021 - Oct 2022; Q1 = Nov 2021, Dec 2021, Jan 2022
        FiscalQuarter q1 = FiscalQuarter.containing(YearMonth.of(2022, 1), 11);
        assertThat(q1.label()).isEqualTo("FY2022-Q1");
        assertThat(q1.months()).containsExactly(YearMonth.of(2021, 11), YearMonth.of(2021, 12), YearMonth.of(2022, 1));
        // the quarter before it is Aug-Oct 2021, the last quarter of FY2021
        assertThat(q1.previous()).isEqualTo(new FiscalQuarter(2021, 4, 11));
        assertThat(q1.previous().firstMonth()).isEqualTo(YearMonth.of(2021, 8));
    }

    @Test
    void previousQuarterOfQ1IsQ4OfThePriorFiscalYear() {
        assertThat(FiscalQuarter.parse("FY2024-Q1", 7).previous().label()).isEqualTo("FY2023-Q4");
        assertThat(FiscalQuarter.parse("FY2024-Q3", 1).sameQuarterPriorYear().months().get(0))
                .isEqualTo(YearMonth.of(2023, 7));
    }

    @Test
    void firstMonthsCutsTheQuarterForQuarterToDateComparisons() {
        FiscalQuarter q = FiscalQuarter.parse("FY2024-Q2", 7); // Oct-Dec 2023
        assertThat(q.firstMonths(1)).containsExactly(YearMonth.of(2023, 10));
        assertThat(q.firstMonths(2)).containsExactly(YearMonth.of(2023, 10), YearMonth.of(2023, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> q.firstMonths(4));
    }

    @Test
    void labelsAreParsedLenientlyButValidated() {
        assertThat(FiscalQuarter.parse(" fy2024-q3 ", 1).label()).isEqualTo("FY2024-Q3");
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalQuarter.parse("2024Q3", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalQuarter.parse("FY2024-Q3", 13));
    }

    @Test
    void monthsInRangeStopAtTheNewestBilledMonth() {
        FiscalQuarter q = FiscalQuarter.parse("FY2024-Q1", 1);
        // only January billed: QTD over 1 month
        assertThat(FiscalCalendar.monthsInRange(q, Set.of(YearMonth.of(2024, 1)))).containsExactly(YearMonth.of(2024, 1));
        // January and March billed, February not: k = 3, February stays in range (as a missing month)
        assertThat(FiscalCalendar.monthsInRange(q, Set.of(YearMonth.of(2024, 1), YearMonth.of(2024, 3))))
                .containsExactlyElementsOf(q.months());
        assertThat(FiscalCalendar.monthsInRange(q, Set.of(YearMonth.of(2023, 12)))).isEmpty();
    }

    @Test
    void defaultQuarterHoldsTheNewestBilledMonth() {
        Set<YearMonth> billed = Set.of(YearMonth.of(2023, 11), YearMonth.of(2024, 1), YearMonth.of(2023, 12));
        assertThat(FiscalCalendar.quarterOfNewest(billed, 7).label()).isEqualTo("FY2024-Q3");
        assertThat(FiscalCalendar.quarterOfNewest(billed, 1).label()).isEqualTo("FY2024-Q1");
    }

    @Test
    void trailingMonthsEndAtTheGivenMonthOldestFirst() {
        assertThat(FiscalCalendar.trailingMonths(YearMonth.of(2024, 2), 12))
                .hasSize(12).startsWith(YearMonth.of(2023, 3)).endsWith(YearMonth.of(2024, 2));
    }
}
