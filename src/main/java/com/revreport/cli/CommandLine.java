package com.revreport.cli;

import com.revreport.model.InvalidOptionException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line the README describes, checked before Spring starts: an option nobody knows is far
 * more likely a typo ({@code --quater}) than a wish, and a scheduler should hear about it as exit 2
 * rather than get a report for the wrong quarter.
 */
public final class CommandLine {

    /** Prefixes of Spring's own properties, which may be given on the command line too. */
    private static final List<String> PASS_THROUGH = List.of("spring.", "logging.", "server.", "debug", "trace");

    private CommandLine() {
    }

    public static boolean wantsHelp(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("--help") || a.equals("-h"));
    }

    /**
     * @throws InvalidOptionException naming the first argument that is not a known option, or an option
     *         given twice (Spring would join the two values into one, {@code --output=a --output=b} into
     *         a folder named {@code a,b})
     */
    public static void check(String[] args) {
        java.util.Set<String> given = new java.util.HashSet<>();
        for (String arg : args) {
            String canonical = canonicalName(arg);
            boolean known = Option.named(canonical).isPresent()
                    || PASS_THROUGH.stream().anyMatch(canonical::startsWith);
            if (!known) {
                throw new InvalidOptionException("unknown option " + arg.split("=", 2)[0] + "; see --help for the options");
            }
            if (!given.add(canonical)) {
                throw new InvalidOptionException("option " + arg.split("=", 2)[0] + " is given more than once; give it once");
            }
        }
    }

    /**
     * The arguments as Spring reads them: each option as its property under {@link Option#PREFIX}
     * ({@code --input=DIR} as {@code --revreport.input=DIR}), Spring's own as given, and {@code --schedule}
     * alone as {@code --schedule=true}, as an operator would expect of a switch.
     */
    public static String[] springArguments(String[] args) {
        return List.of(args).stream().map(arg -> Option.named(canonicalName(arg))
                .map(option -> "--" + option.key() + "=" + value(option, arg)).orElse(arg)).toArray(String[]::new);
    }

    /** The file {@code --write-template=FILE} names, if given. */
    public static Optional<Path> templateToWrite(String[] args) {
        return given(args, Option.WRITE_TEMPLATE).map(Path::of);
    }

    /** An option's value on the command line as an operator writes it ({@code --store=DIR}), if given. */
    public static Optional<String> given(String[] args, Option option) {
        return List.of(args).stream().filter(arg -> Option.named(canonicalName(arg)).equals(Optional.of(option)))
                .findFirst().map(arg -> value(option, arg));
    }

    /**
     * An option's value in the arguments as {@link #springArguments} hands them to Spring
     * ({@code --revreport.store=DIR}), for what must be known as Spring starts, before it binds anything.
     */
    public static Optional<String> givenToSpring(String[] springArguments, Option option) {
        String prefix = "--" + option.key() + "=";
        return List.of(springArguments).stream().filter(arg -> arg.startsWith(prefix) && arg.length() > prefix.length())
                .map(arg -> arg.substring(prefix.length())).findFirst();
    }

    private static String value(Option option, String arg) {
        String[] nameAndValue = arg.split("=", 2);
        if (nameAndValue.length == 2) {
            return nameAndValue[1];
        }
        if (option.isSwitch()) {
            return "true";
        }
        throw new InvalidOptionException("option " + arg + " needs a value: " + option.usage());
    }

    /** {@code --Fiscal_Year-start-month=7} as {@code fiscal-year-start-month}, as Spring's relaxed binding reads it. */
    private static String canonicalName(String arg) {
        if (!arg.startsWith("--")) {
            throw new InvalidOptionException("unexpected argument '" + arg + "': options look like --name=value; see --help");
        }
        return arg.substring(2).split("=", 2)[0].toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String help() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar revreport.jar [--option=value ...]

                Reconciles billing exports against the ledger and writes the quarterly revenue workbook.
                Every option but --write-template is also a property (revreport.input in application.yml)
                and an environment variable (REVREPORT_INPUT); no other variable configures the job but
                Spring Boot's own SPRING_* and LOGGING_*.

                """);
        for (Option option : Option.values()) {
            text.append(String.format("  %-30s %s%n  %-30s default: %s%n", option.usage(), option.meaning(), "",
                    option.shownDefault()));
        }
        text.append("""

                Exit codes: 0 workbook written; 1 run failed (the message names the file, row or setting);
                            2 invalid arguments or configuration; 3 another run holds the store.
                JSON logs for collectors: --logging.structured.format.console=ecs
                """);
        return text.toString();
    }
}
