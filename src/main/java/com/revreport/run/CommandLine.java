package com.revreport.run;

import java.util.List;
import java.util.Locale;

/**
 * The command line of spec section 5, checked before Spring starts: an option nobody knows is far
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
            if (!arg.startsWith("--")) {
                throw new InvalidOptionException("unexpected argument '" + arg + "': options look like --name=value; see --help");
            }
            String name = arg.substring(2).split("=", 2)[0];
            String canonical = name.toLowerCase(Locale.ROOT).replace('_', '-');
            boolean known = Option.named(canonical).isPresent()
                    || PASS_THROUGH.stream().anyMatch(canonical::startsWith);
            if (!known) {
                throw new InvalidOptionException("unknown option --" + name + "; see --help for the options");
            }
            if (!given.add(canonical)) {
                throw new InvalidOptionException("option --" + name + " is given more than once; give it once");
            }
        }
    }

    /** A switch alone ({@code --schedule}) means {@code --schedule=true}, as an operator would expect. */
    public static String[] withFlagValues(String[] args) {
        return List.of(args).stream().map(a -> a.startsWith("--") && Option.named(a.substring(2)).filter(Option::isSwitch)
                .isPresent() ? a + "=true" : a).toArray(String[]::new);
    }

    public static String help() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar revreport.jar [--option=value ...]

                Reconciles billing exports against the ledger and writes the quarterly revenue workbook.
                Every option is also a Spring property (application.yml, environment variable).

                """);
        for (Option option : Option.values()) {
            text.append(String.format("  --%-26s %s%n  %-28s default: %s%n", option.property(), option.meaning(), "",
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
