package com.revreport.analysis;

import java.math.BigDecimal;

/** HHI thresholds of the US merger guidelines: above {@code high} is HIGH, below {@code moderate} is LOW. */
public enum HhiBands {

    /** 2023 Merger Guidelines (1,800) and the DOJ's 1,000 floor; the default. */
    GUIDELINES_2023("2023", new BigDecimal("1000"), new BigDecimal("1800")),

    /** 2010 Horizontal Merger Guidelines. */
    GUIDELINES_2010("2010", new BigDecimal("1500"), new BigDecimal("2500"));

    private final String option;

    private final BigDecimal moderate;

    private final BigDecimal high;

    HhiBands(String option, BigDecimal moderate, BigDecimal high) {
        this.option = option;
        this.moderate = moderate;
        this.high = high;
    }

    public ConcentrationLevel levelOf(BigDecimal hhi) {
        if (hhi.compareTo(high) > 0) {
            return ConcentrationLevel.HIGH;
        }
        return hhi.compareTo(moderate) >= 0 ? ConcentrationLevel.MODERATE : ConcentrationLevel.LOW;
    }

    public String option() {
        return option;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static HhiBands fromOption(String value) {
        for (HhiBands bands : values()) {
            if (bands.option.equals(value.trim())) {
                return bands;
            }
        }
        throw new IllegalArgumentException("hhi-bands must be 2023 or 2010, was '" + value + "'");
    }
}
