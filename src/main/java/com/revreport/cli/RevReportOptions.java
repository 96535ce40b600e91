package com.revreport.cli;

import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.BillingFormats;

import com.revreport.model.InvalidOptionException;

import com.revreport.report.OutputAndTemplateCheck;
import com.revreport.model.StoreLocation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

import com.revreport.analysis.HhiBands;
import com.revreport.calendar.FiscalQuarter;
import com.revreport.report.ReportTemplate;

/**
 * The options the README lists, thresholds included. Each is a command-line option
 * ({@code --input=DIR}, which {@link CommandLine} hands to Spring as {@code revreport.input}) and a Spring
 * property under {@link Option#PREFIX} ({@code application.yml}, {@code REVREPORT_INPUT} in the
 * environment); their names, defaults and help text are defined in {@link Option}. A bad value fails
 * start-up with a message naming the option (exit code 2).
 *
 * @param template the template file, or {@code null} for the built-in one
 * @param signOff {@code --sign-off}: record a review of {@code quarter} by {@code by} instead of running the job
 */
@ConfigurationProperties(Option.PREFIX)
public record RevReportOptions(Path input, Path output, String store, String quarter, int fiscalYearStartMonth,
        String reportingCurrency, BigDecimal maxRejectRatio, BigDecimal absTolerance, BigDecimal relTolerance,
        String hhiBands, BigDecimal majorCustomerThreshold, Path template, boolean schedule, String cron,
        boolean fullCheck, Role role, String broker, String brokerHost, int brokerPort, Duration workerTimeout,
        Duration workerIdleTimeout, String billingFormat, boolean signOff, String by, String note) {

    public RevReportOptions {
        SignOffOptions.check(signOff, by, note, quarter, role, schedule);
        // a worker reads the folders its run planned (mapped by --input where given), a broker and a sign-off no
        // input at all
        if (role == Role.RUN && !signOff && !java.nio.file.Files.isDirectory(input)) {
            throw new InvalidOptionException("input", input.toString(), "an existing folder (with billing/, ledger/, fx/)");
        }
        RoleOptions.check(role, broker, StoreLocation.of(store), brokerHost, brokerPort, workerTimeout, workerIdleTimeout, schedule);
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new InvalidOptionException("fiscal-year-start-month", fiscalYearStartMonth + "", "a month number 1-12");
        }
        if (quarter != null && !quarter.isBlank()) {
            try {
                FiscalQuarter.parse(quarter, fiscalYearStartMonth);
            }
            catch (IllegalArgumentException e) {
                throw new InvalidOptionException("quarter", quarter, "a fiscal quarter such as FY2024-Q3");
            }
        }
        if (!isCurrency(reportingCurrency)) {
            throw new InvalidOptionException("reporting-currency", reportingCurrency, "an ISO 4217 code such as USD");
        }
        requireFraction("max-reject-ratio", maxRejectRatio);
        requireFraction("rel-tolerance", relTolerance);
        requireFraction("major-customer-threshold", majorCustomerThreshold);
        if (absTolerance.signum() < 0) {
            throw new InvalidOptionException("abs-tolerance", absTolerance.toPlainString(), "an amount of zero or more");
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new InvalidOptionException("cron", cron,
                    "a Spring cron expression of six fields, second minute hour day month weekday (e.g. 0 0 2 * * *)");
        }
        if (schedule && quarter != null && !quarter.isBlank()) {
            throw new InvalidOptionException("--quarter=" + quarter + " cannot go with --schedule: every scheduled run "
                    + "reports the quarter holding the newest billing month");
        }
        try {
            HhiBands.fromOption(hhiBands);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidOptionException("hhi-bands", hhiBands, "2023 or 2010");
        }
        if (role == Role.RUN && !signOff) {
            BillingFormats.of(billingFormat, Path.of("")); // a format file that cannot be used fails here, exit 2
        }
        // last: the template check reads the whole template, and the cheaper checks name their fault first
        if (role == Role.RUN && !signOff) {
            OutputAndTemplateCheck.output(output);
            if (template != null) {
                OutputAndTemplateCheck.template(template);
            }
        }
    }

    /** The billing format {@code --billing-format} names, its file read relative to the working folder. */
    public BillingFormat readBillingFormat() {
        return BillingFormats.of(billingFormat, Path.of(""));
    }

    public ReportTemplate reportTemplate() {
        return template == null ? ReportTemplate.builtIn() : ReportTemplate.file(template);
    }

    /** The store {@code --store} names: an H2 folder or a PostgreSQL database. */
    public StoreLocation storeLocation() {
        return StoreLocation.of(store);
    }

    public FiscalQuarter requestedQuarter() {
        return quarter == null || quarter.isBlank() ? null : FiscalQuarter.parse(quarter, fiscalYearStartMonth);
    }

    private static boolean isCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code).getCurrencyCode().equals(code);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireFraction(String option, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidOptionException(option, value.toPlainString(), "a fraction from 0 to 1");
        }
    }
}
