package com.revreport.job;

import com.revreport.cli.RevReportOptions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.HhiBands;

/** The settings the figures are computed with (docs/finance-guide.md), from the options. */
@Configuration(proxyBeanMethods = false)
class FiguresConfiguration {

    @Bean
    AnalysisSettings analysisSettings(RevReportOptions options) {
        return new AnalysisSettings(options.reportingCurrency(), options.fiscalYearStartMonth(),
                options.absTolerance(), options.relTolerance(), HhiBands.fromOption(options.hhiBands()),
                options.majorCustomerThreshold());
    }
}
