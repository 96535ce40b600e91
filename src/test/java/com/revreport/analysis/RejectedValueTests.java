package com.revreport.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revreport.model.FxRate;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

class RejectedValueTests {

    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    private static final YearMonth MAY = YearMonth.of(2024, 5);

    private static final List<FxRate> RATES = List.of(new FxRate(APRIL, "EUR", new BigDecimal("1.10")),
            new FxRate(MAY, "EUR", new BigDecimal("1.05")));

    private static Reject reject(YearMonth month, String amount, String currency) {
        return new Reject(month, "billing-" + month + ".csv", 2, RejectReason.SIGN_MISMATCH, "message", "record",
                "C1", amount == null ? null : new BigDecimal(amount), currency);
    }

    @Test
    void rejectedRowsAreValuedAtTheirOwnMonthsRate() {
        RejectedValue value = RejectedValue.of(List.of(reject(APRIL, "100.00", "USD"), reject(APRIL, "200.00", "EUR"),
                reject(MAY, "200.00", "EUR"), reject(MAY, "-50.00", "usd")), RATES, "USD");

        // 100.00 + 200.00 x 1.10 + 200.00 x 1.05 - 50.00 = 100 + 220 + 210 - 50 = 480.00
        assertThat(value.amount()).isEqualByComparingTo("480.00");
        assertThat(value.rows()).isEqualTo(4);
        assertThat(value.leftOut()).isEmpty();
    }

    @Test
    void aRowWithoutAnAmountOrWithoutARateIsCountedButNotValued() {
        RejectedValue value = RejectedValue.of(List.of(reject(APRIL, "100.00", "USD"), reject(APRIL, null, "USD"),
                reject(APRIL, "70.00", "GBP"), reject(MAY, "30.00", "EURO"), reject(MAY, "5.00", null)), RATES, "USD");

        // only the first row can be valued: no amount, no GBP rate, EURO is no code, no currency at all
        assertThat(value.amount()).isEqualByComparingTo("100.00");
        assertThat(value.rows()).isEqualTo(5);
        assertThat(value.unread()).isEqualTo(1);
        assertThat(value.withoutRate()).isEqualTo(3);
        assertThat(value.leftOut()).isEqualTo("1 row with no amount on record, 3 rows with no exchange "
                + "rate");
    }

    @Test
    void noRejectsAreWorthZero() {
        RejectedValue value = RejectedValue.of(List.of(), RATES, "USD");

        assertThat(value.amount()).isEqualByComparingTo("0");
        assertThat(value.rows()).isZero();
    }
}
