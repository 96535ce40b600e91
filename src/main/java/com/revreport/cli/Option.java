package com.revreport.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.CommandLinePropertySource;

/**
 * The options the README lists, each defined here once: its name (command-line option and Spring
 * property), its default, its help text and, for those a workbook's content depends on, its value on
 * the Run sheet. {@code --help}, the defaults {@link RevReportOptions} binds with, the job parameters,
 * the Run sheet's parameters (and so the report fingerprint) and the README's options table all follow
 * from this list; adding an option means a constant here and a component in {@link RevReportOptions}.
 */
public enum Option {

    INPUT("input", "DIR", "input", "the input folder: billing/, ledger/, fx/ and explanations/ CSV files",
            options -> absolute(options.input())),
    BILLING_FORMAT("billing-format", "NAME|FILE", "revreport",
            "how the billing exports are written: revreport (the native layout), focus (a FOCUS cost export) or a "
                    + "YAML format FILE (docs/input-format.md)",
            RevReportOptions::billingFormat),
    OUTPUT("output", "DIR", "output",
            "where workbooks are published: <output>/<quarter>/revenue-report-<quarter>.xlsx",
            options -> absolute(options.output())),
    STORE("store", "DIR|URL", "data", "the store: a folder for the embedded H2 store, or a PostgreSQL JDBC URL "
            + "jdbc:postgresql://host:5432/db?user=name, its password in REVREPORT_STORE_PASSWORD; run history, "
            + "loaded months, job repository", options -> options.storeLocation().description()),
    QUARTER("quarter", "FY2024-Q3", null, "newest (the quarter holding the newest billing month)",
            "the quarter to report, e.g. FY2024-Q3",
            options -> options.quarter() == null ? "newest" : options.quarter()),
    FISCAL_YEAR_START_MONTH("fiscal-year-start-month", "N", "1",
            "first month of the fiscal year, 1-12; FY2024 ends in calendar 2024",
            options -> String.valueOf(options.fiscalYearStartMonth())),
    REPORTING_CURRENCY("reporting-currency", "CODE", "USD", "ISO 4217 currency of every figure",
            RevReportOptions::reportingCurrency),
    MAX_REJECT_RATIO("max-reject-ratio", "F", "0.05", "a billing file with a larger fraction of rejected rows fails the run",
            options -> options.maxRejectRatio().toPlainString()),
    ABS_TOLERANCE("abs-tolerance", "A", "1000.00",
            "reconciliation: WITHIN_TOLERANCE up to max(abs-tolerance, rel-tolerance x |ledger|)",
            options -> options.absTolerance().toPlainString()),
    REL_TOLERANCE("rel-tolerance", "F", "0.005", "see abs-tolerance", options -> options.relTolerance().toPlainString()),
    HHI_BANDS("hhi-bands", "2023|2010", "2023",
            "concentration levels: 2023 (1,000 / 1,800) or 2010 (1,500 / 2,500) US merger guidelines",
            RevReportOptions::hhiBands),
    MAJOR_CUSTOMER_THRESHOLD("major-customer-threshold", "F", "0.10",
            "share at or above which a client is a major customer",
            options -> options.majorCustomerThreshold().toPlainString()),
    TEMPLATE("template", "FILE", null, "built in", "the Excel template the workbook is made from",
            options -> options.reportTemplate().name()),
    WRITE_TEMPLATE("write-template", "FILE", null, "none", "copy the built-in template to a new FILE, and exit",
            null),
    SCHEDULE(Option.SCHEDULE_NAME, null, "false", "off",
            "stay up and run on --cron, reporting the newest quarter each time", null),
    CRON("cron", "EXPR", "0 0 2 * * *", "when --schedule runs: Spring cron, second minute hour day month weekday",
            null),
    SIGN_OFF(Option.SIGN_OFF_NAME, null, "false", "off: a run of the job",
            "with --quarter and --by: record that NAME reviewed the quarter's current version and re-write its workbook "
                    + "with the sign-off, reading no input (docs/finance-guide.md)",
            null),
    BY("by", "NAME", null, "none (needed by --sign-off)", "--sign-off: the reviewer, as the workbook names them", null),
    NOTE("note", "TEXT", null, "no note", "--sign-off: a note beside the sign-off in tblVersions", null),
    FULL_CHECK("full-check", null, "false", "no",
            "hash every input file and read back every stored month, trusting no earlier run's check", null),
    ROLE(Option.ROLE_NAME, "run|worker|broker", "run",
            "run: the job; worker: load the months sent through --broker; broker: an embedded Artemis broker (docs/scale-out.md)",
            null),
    BROKER("broker", "tcp://host:port", null, "none (months loaded on this machine's threads)",
            "the ActiveMQ Artemis broker month partitions go through to workers; needs a PostgreSQL --store", null),
    BROKER_HOST("broker-host", "HOST", "127.0.0.1", "--role=broker: the address the embedded broker listens on", null),
    BROKER_PORT("broker-port", "PORT", "61616", "--role=broker: the port the embedded broker listens on", null),
    WORKER_TIMEOUT("worker-timeout", "DURATION", "PT2H",
            "with --broker: how long the run waits for the workers to load its months, e.g. PT2H or 90m", null),
    WORKER_IDLE_TIMEOUT("worker-idle-timeout", "DURATION", "PT10M",
            "with --broker: the run fails when no month has started or finished for this long (no worker taking them)",
            null);

    /**
     * Every option is the property {@code revreport.<option>}, in the environment {@code REVREPORT_<OPTION>}:
     * no unprefixed name configures the job.
     */
    public static final String PREFIX = "revreport";

    private static final String SCHEDULE_NAME = "schedule";

    private static final String SIGN_OFF_NAME = "sign-off";

    /** {@link #SIGN_OFF}'s property, for the choice between a run and a sign-off. */
    public static final String SIGN_OFF_PROPERTY = PREFIX + "." + SIGN_OFF_NAME;

    /** {@link #SCHEDULE}'s property, for the annotations that choose the beans of schedule mode. */
    public static final String SCHEDULE_PROPERTY = PREFIX + "." + SCHEDULE_NAME;

    private static final String ROLE_NAME = "role";

    /** {@link #ROLE}'s property, for the annotations that choose the beans of each role. */
    public static final String ROLE_PROPERTY = PREFIX + "." + ROLE_NAME;

    private final String property;

    private final String valueHint;

    private final String defaultValue;

    private final String shownDefault;

    private final String meaning;

    private final Function<RevReportOptions, String> runParameter;

    Option(String property, String valueHint, String defaultValue, String meaning,
            Function<RevReportOptions, String> runParameter) {
        this(property, valueHint, defaultValue, defaultValue, meaning, runParameter);
    }

    /**
     * @param defaultValue the value bound when the option is not given; {@code null} for none
     * @param shownDefault the default as {@code --help} and the README describe it
     * @param runParameter the option's value as the Run sheet and the job parameters record it;
     *        {@code null} for options that do not change what a run writes
     */
    Option(String property, String valueHint, String defaultValue, String shownDefault, String meaning,
            Function<RevReportOptions, String> runParameter) {
        this.property = property;
        this.valueHint = valueHint;
        this.defaultValue = defaultValue;
        this.shownDefault = shownDefault;
        this.meaning = meaning;
        this.runParameter = runParameter;
    }

    /** The command-line option without its dashes. */
    public String property() {
        return property;
    }

    /** The Spring property: {@code revreport.fiscal-year-start-month}, or in the environment {@code REVREPORT_FISCAL_YEAR_START_MONTH}. */
    public String key() {
        return PREFIX + "." + property;
    }

    /** {@code --input=DIR}, or {@code --schedule} for a switch. */
    String usage() {
        return "--" + property + (valueHint == null ? "" : "=" + valueHint);
    }

    /** An option without a value, such as {@code --schedule}: given alone, it means {@code true}. */
    boolean isSwitch() {
        return valueHint == null;
    }

    String meaning() {
        return meaning;
    }

    String shownDefault() {
        return shownDefault;
    }

    /**
     * A property as the operator gave it: {@code --quarter=FY24-Q3}, or {@code REVREPORT_QUARTER=FY24-Q3} from
     * the environment, or as Spring names it, with where it was set ({@code application.yml}).
     */
    static String given(ConfigurationProperty property) {
        String name = property.getName().toString();
        String value = name + "=" + property.getValue();
        if (property.getOrigin() instanceof PropertySourceOrigin origin
                && origin.getOrigin() instanceof SystemEnvironmentOrigin variable) {
            return variable.getProperty() + "=" + property.getValue();
        }
        if (name.startsWith(PREFIX + ".") && property.getOrigin() instanceof PropertySourceOrigin origin
                && origin.getPropertySource() instanceof CommandLinePropertySource) {
            return "--" + value.substring(PREFIX.length() + 1);
        }
        return property.getOrigin() == null ? value : value + " (" + property.getOrigin() + ")";
    }

    static Optional<Option> named(String property) {
        return Arrays.stream(values()).filter(o -> o.property.equals(property)).findFirst();
    }

    /** The defaults of every option that has one, as Spring's lowest-precedence properties. */
    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (Option option : values()) {
            if (option.defaultValue != null) {
                defaults.put(option.key(), option.defaultValue);
            }
        }
        return defaults;
    }

    /** The options a workbook's content depends on, by name in this list's order, as the Run sheet lists them. */
    public static Map<String, String> runParameters(RevReportOptions options) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Option option : values()) {
            if (option.runParameter != null) {
                parameters.put(option.property, option.runParameter.apply(options));
            }
        }
        return parameters;
    }

    /** The options table of the README, in Markdown. */
    static String markdownTable() {
        StringBuilder table = new StringBuilder("| option | default | meaning |\n|---|---|---|\n");
        for (Option option : values()) {
            String usage = option.usage();
            String shown = option.shownDefault.equals(option.defaultValue) ? "`" + option.shownDefault + "`"
                    : option.shownDefault;
            table.append("| `").append(usage.replace("|", "\\|")).append("` | ").append(cell(shown)).append(" | ")
                    .append(cell(option.meaning)).append(" |\n");
        }
        return table.toString();
    }

    /** Markdown would take a {@code |} for a column and {@code <output>} for an HTML tag. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "\\<");
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().toString();
    }
}
