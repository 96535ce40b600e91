package com.revreport.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes the demo input folder: 24 months of billing exports (July 2022 to June 2024, fiscal years FY2023 and
 * FY2024 with the fiscal year starting in July), the segment revenue ledger, the FX rates and a README that states
 * what a reader should find in the report.
 *
 * <p>The data is invented. It is modeled on public reporting about an AI cloud business whose model-serving segment
 * reached roughly $83M of revenue a month by March 2024, with one client making up about 24% of it. All client names
 * are fictional.
 *
 * <p>Deterministic: one {@link Random} with a fixed seed, {@link StrictMath} for every transcendental function,
 * {@code new BigDecimal(double)} (exact) for every conversion to money, and fixed iteration orders, so the same JDK
 * code gives byte-identical files on every machine. {@code DemoDataGeneratorTests} checks that the committed
 * {@code input/} folder is exactly what this class writes.
 *
 * <p>Regenerate with {@code mvn -q test-compile && java -cp target/test-classes com.revreport.demo.DemoDataGenerator input}.
 * Only the JDK is used, so the test classes folder is the whole class path.
 */
public final class DemoDataGenerator {

    public static final long SEED = 20240331L;

    static final YearMonth FIRST_MONTH = YearMonth.of(2022, 7);
    static final int MONTHS = 24;

    static final String AI = "AI Model Services";
    static final String SUBS = "AI Assistant Subscriptions";
    static final String INFRA = "GPU Infrastructure";
    /** Has a ledger row but never any billing: shows MISSING_BILLING. */
    static final String CONSULTING = "AI Consulting Services";
    static final List<String> SEGMENTS = List.of(AI, SUBS, INFRA);

    static final String BILLING_HEADER = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency";

    /**
     * Monthly average rates, USD per unit, July 2022 to June 2024. Illustrative values close to the published monthly
     * averages of the period, rounded to 4 decimals; not an authoritative source.
     */
    static final String[] EUR_RATES = {
        "1.0179", "1.0128", "0.9904", "0.9833", "1.0200", "1.0588",
        "1.0807", "1.0714", "1.0717", "1.0968", "1.0867", "1.0840",
        "1.1058", "1.0909", "1.0684", "1.0563", "1.0808", "1.0903",
        "1.0905", "1.0795", "1.0872", "1.0728", "1.0812", "1.0759"};
    static final String[] GBP_RATES = {
        "1.2014", "1.1999", "1.1346", "1.1316", "1.1740", "1.2168",
        "1.2232", "1.2098", "1.2152", "1.2437", "1.2448", "1.2645",
        "1.2852", "1.2704", "1.2469", "1.2169", "1.2434", "1.2640",
        "1.2706", "1.2625", "1.2718", "1.2515", "1.2634", "1.2713"};

    static final BigDecimal ABS_TOLERANCE = new BigDecimal("1000.00");
    static final BigDecimal REL_TOLERANCE = new BigDecimal("0.005");

    // ------------------------------------------------------------------ model

    static final class Client {
        final String id;
        final String name;
        final String currency;
        final int join;      // first month index with billing
        final int leave;     // first month index without billing again (MONTHS = never leaves)
        final double weight; // relative size within its group
        final double share;  // for the named large clients: share of the segment's monthly target
        String newName;
        int renameMonth = Integer.MAX_VALUE;

        Client(String id, String name, String currency, int join, int leave, double weight, double share) {
            this.id = id;
            this.name = name;
            this.currency = currency;
            this.join = join;
            this.leave = leave;
            this.weight = weight;
            this.share = share;
        }

        boolean activeAt(int m) {
            return m >= join && m < leave;
        }

        String nameAt(int m) {
            return m >= renameMonth ? newName : name;
        }
    }

    /** One physical row of a billing file. Accepted rows carry parsed values; planted bad rows carry raw fields. */
    static final class Line {
        String lineId;
        int month;
        Client client;
        String segment;
        String chargeType;
        BigDecimal amount;
        String currency;
        String[] raw;          // set for planted bad rows (and the duplicate copy): written as is
        String plantedReason;  // expected reject reason, null for accepted rows
        String plantedWhy;

        boolean accepted() {
            return plantedReason == null;
        }

        String[] fields() {
            if (raw != null) {
                return raw;
            }
            return new String[] {lineId, monthText(month), client.id, client.nameAt(month), segment, chargeType,
                amount.toPlainString(), currency};
        }
    }

    record Planted(String file, int line, String reason, String why, String record) {
    }

    record LedgerDiff(String segment, int month, BigDecimal billed, BigDecimal ledger, String intended, String why) {
    }

    /** What {@link #generate(Path)} produced: the figures the README states, for printing and for tests. */
    public record Summary(List<String> files, List<Planted> rejects, List<LedgerDiff> ledgerDiffs,
                          Map<String, String> headline) {
    }

    // ------------------------------------------------------------------ state

    private final Random random = new Random(SEED);
    private final Client anchor = new Client("CL-100001", "Lodestar Reasoning Labs", "USD", 0, MONTHS, 0, 0);
    private final List<Client> majors = new ArrayList<>();
    private final List<Client> aiTail = new ArrayList<>();
    private final List<Client> subClients = new ArrayList<>();
    private final Client infraClient = new Client("CL-300001", "Stratos Frontier Models Inc.", "USD", 6, MONTHS, 0, 0);
    private Client lumen;
    private Client equals;

    /** file name -> rows, in write order. */
    private final Map<String, List<Line>> files = new LinkedHashMap<>();
    /** month -> segment -> exact billed net revenue in USD of the accepted rows. */
    private final Map<Integer, Map<String, BigDecimal>> billed = new TreeMap<>();
    private final List<Planted> planted = new ArrayList<>();
    private final List<LedgerDiff> ledgerDiffs = new ArrayList<>();

    // ------------------------------------------------------------------ entry points

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "input");
        Summary summary = generate(target);
        System.out.println("Wrote " + summary.files().size() + " files under " + target.toAbsolutePath());
        System.out.println();
        System.out.println("Planted rejects:");
        for (Planted p : summary.rejects()) {
            System.out.println("  " + p.file() + " line " + p.line() + " -> " + p.reason());
        }
        System.out.println("Planted ledger differences:");
        for (LedgerDiff d : summary.ledgerDiffs()) {
            System.out.println("  " + d.segment() + " " + monthText(d.month())
                + " billed " + (d.billed() == null ? "(none)" : usd(d.billed()))
                + " ledger " + (d.ledger() == null ? "(none)" : usd(d.ledger())) + " -> " + d.intended());
        }
        System.out.println("Headline figures:");
        summary.headline().forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    public static Summary generate(Path target) throws IOException {
        return new DemoDataGenerator().run(target);
    }

    private Summary run(Path target) throws IOException {
        createClients();
        for (int m = 0; m < MONTHS; m++) {
            buildMonth(m);
        }
        plantBadRows();
        for (List<Line> rows : files.values()) {
            for (Line line : rows) {
                if (line.accepted()) {
                    billed.computeIfAbsent(line.month, k -> new LinkedHashMap<>())
                        .merge(line.segment, usdValue(line), BigDecimal::add);
                }
            }
        }
        Map<String, String> headline = headline();
        List<String> written = new ArrayList<>();
        Path billingDir = target.resolve("billing");
        Files.createDirectories(billingDir);
        for (Map.Entry<String, List<Line>> file : files.entrySet()) {
            StringBuilder out = new StringBuilder(BILLING_HEADER).append('\n');
            for (Line line : file.getValue()) {
                out.append(csvRecord(line.fields())).append('\n');
            }
            write(billingDir.resolve(file.getKey()), out);
            written.add("billing/" + file.getKey());
        }
        write(target.resolve("ledger").resolve("ledger.csv"), ledgerCsv());
        written.add("ledger/ledger.csv");
        write(target.resolve("fx").resolve("fx-rates.csv"), fxCsv());
        written.add("fx/fx-rates.csv");
        // the controller explains one break; the others stay UNEXPLAINED, so the workbook shows both
        write(target.resolve("explanations").resolve("explanations.csv"), """
                segment,period,variance,explanation,by,date
                %s,2024-03,250000.00,"Credit note CN-2024-031 for Halvorsen Retail Group billed in March, booked in \
                April (ledger period 2024-04)",M. Keller,2024-04-08
                """.formatted(SUBS));
        written.add("explanations/explanations.csv");
        write(target.resolve("README.md"), readme(headline));
        written.add("README.md");
        return new Summary(written, List.copyOf(planted), List.copyOf(ledgerDiffs), headline);
    }

    // ------------------------------------------------------------------ clients

    private void createClients() {
        // the few clients paying millions a month in the model-services segment (share of the monthly target)
        majors.add(new Client("CL-100002", "Quillon Code Assist Inc.", "USD", 0, MONTHS, 0, 0.060));
        majors.add(new Client("CL-100003", "Meridale Health Intelligence", "USD", 2, MONTHS, 0, 0.040));
        majors.add(new Client("CL-100004", "Aurelia Sprachwerke GmbH", "EUR", 3, MONTHS, 0, 0.050));
        // a large client that leaves after March 2024: churned in FY2024-Q4
        majors.add(new Client("CL-100005", "Kestrel Autonomy Systems", "USD", 5, 21, 0, 0.025));
        majors.add(new Client("CL-100006", "Thamesbridge Legal AI Ltd", "GBP", 6, MONTHS, 0, 0.035));
        majors.add(new Client("CL-100007", "Cinderfall Search Co.", "USD", 8, MONTHS, 0, 0.030));

        // named long-tail clients that exercise CSV quoting, formula-injection protection, UTF-8 and renames
        aiTail.add(new Client("CL-201001", "Fjord, Pine & Partners LLC", "USD", 2, MONTHS, 3.0, 0));
        aiTail.add(new Client("CL-201002", "Blue \"Quill\" Analytics", "USD", 5, MONTHS, 2.5, 0));
        equals = new Client("CL-201003", "=Equals Analytics", "USD", 9, MONTHS, 1.8, 0);
        aiTail.add(equals);
        aiTail.add(new Client("CL-201004", "Søndergaard Språkteknik ApS", "EUR", 7, MONTHS, 2.0, 0));
        Client brightline = new Client("CL-201005", "Brightline Data", "USD", 3, MONTHS, 2.2, 0);
        brightline.newName = "Brightline Data Inc.";
        brightline.renameMonth = index(YearMonth.of(2024, 1));
        aiTail.add(brightline);
        // joins in February 2024 with an onboarding credit larger than its first two months of usage
        lumen = new Client("CL-201006", "Lumen Sprout AI", "USD", index(YearMonth.of(2024, 2)), MONTHS, 0, 0);

        List<String> names = fictionalNames();
        int nameIndex = 0;
        // generated long tail of the model-services segment: 420 clients joining and leaving over time
        for (int k = 1; k <= 420; k++) {
            int join = k <= 45 ? 0 : Math.max(1, Math.min(MONTHS - 1, (int) (MONTHS * StrictMath.pow(random.nextDouble(), 0.8))));
            int leave = MONTHS;
            if (random.nextDouble() < 0.35) {
                leave = Math.min(MONTHS, join + 3 + random.nextInt(15));
            }
            double weight = Math.min(10.0, StrictMath.exp(1.2 * random.nextGaussian()));
            String currency = random.nextDouble() < 0.04 ? "EUR" : "USD";
            aiTail.add(new Client(String.format(Locale.ROOT, "CL-%06d", 200000 + k), names.get(nameIndex++), currency,
                join, leave, weight, 0));
        }

        // subscription segment: two enterprise accounts, the "=Equals" client, and a tail of which about 40% are
        // model-services clients too (same client_id: their revenue adds up in the "All segments" scope)
        subClients.add(new Client("CL-400001", "Halvorsen Retail Group", "USD", 0, MONTHS, 38000, 0));
        subClients.add(new Client("CL-400002", "Pacifica Mutual Insurance Co.", "USD", 4, MONTHS, 22000, 0));
        subClients.add(new Client(equals.id, equals.name, "USD", 10, MONTHS, 650, 0));
        List<Client> reusable = new ArrayList<>();
        for (Client c : aiTail) {
            if (c.id.startsWith("CL-200") && "USD".equals(c.currency)) {
                reusable.add(c);
            }
        }
        int reuseIndex = 0;
        for (int k = 1; k <= 190; k++) {
            double seats = Math.max(5, Math.min(12000, StrictMath.exp(StrictMath.log(300) + random.nextGaussian())));
            if (random.nextDouble() < 0.4 && reuseIndex < reusable.size()) {
                Client ai = reusable.get(reuseIndex);
                reuseIndex += 1 + random.nextInt(3);
                int join = Math.min(ai.leave - 1, ai.join + random.nextInt(4));
                subClients.add(new Client(ai.id, ai.name, "USD", join, ai.leave, seats, 0));
            } else {
                int join = k <= 30 ? 0 : Math.max(1, Math.min(MONTHS - 1, (int) (MONTHS * StrictMath.pow(random.nextDouble(), 0.7))));
                int leave = MONTHS;
                if (random.nextDouble() < 0.25) {
                    leave = Math.min(MONTHS, join + 4 + random.nextInt(14));
                }
                subClients.add(new Client(String.format(Locale.ROOT, "CL-%06d", 400002 + k), names.get(nameIndex++),
                    "USD", join, leave, seats, 0));
            }
        }
        subClients.sort((a, b) -> a.id.compareTo(b.id));
    }

    /** Invented names: word pairs that are unique within this data set. Any resemblance to a real firm is coincidence. */
    private List<String> fictionalNames() {
        String[] first = {
            "Amberly", "Basalt", "Cobalt Ridge", "Driftwood", "Emberline", "Fernbrook", "Glacierpoint", "Harborview",
            "Ironleaf", "Juniper Vale", "Kelpwater", "Larchmont", "Moonquarry", "Nettlefield", "Oakhaven", "Pebblestone",
            "Quartzline", "Ravenmoor", "Saltmarsh", "Tidewater", "Umberfield", "Vantor", "Willowmere", "Yarrowby",
            "Zephyrine", "Alderpoint", "Brackenridge", "Copperfell", "Duskwood", "Elmstead", "Foxglove", "Granitehill",
            "Hollowpine", "Islebrook", "Jadeport", "Kingsreach", "Lanternfield", "Mistral Bay", "Northfen", "Orchardale",
            "Pinecrest", "Quillmoor", "Redwater", "Silverbirch", "Thornbury", "Upland Reach", "Velvetine", "Westerly",
            "Yewbridge", "Zinnwald", "Ashgrove", "Bluestem", "Cragmoor", "Dovecote", "Eastwick Vale", "Fallowfield",
            "Gullwing", "Heathmere", "Inkwell", "Jasperine"};
        String[] second = {
            "Analytics", "Labs", "Robotics", "Insights", "Data", "Health", "Logistics", "Retail", "Capital", "Media",
            "Software", "Learning"};
        String[] suffix = {"Inc.", "LLC", "Ltd", "Co.", "Corp.", "Group", "GmbH", "SAS"};
        List<String> pairs = new ArrayList<>();
        for (String f : first) {
            for (String s : second) {
                pairs.add(f + " " + s);
            }
        }
        List<String> names = new ArrayList<>();
        while (!pairs.isEmpty()) {
            String pair = pairs.remove(random.nextInt(pairs.size()));
            names.add(pair + " " + suffix[random.nextInt(suffix.length)]);
        }
        return names;
    }

    // ------------------------------------------------------------------ one month of billing

    /** Monthly revenue target of the model-services segment: $5M in July 2022, ~$83M in March 2024, then +3.5%/month. */
    static double aiTarget(int m) {
        int march2024 = index(YearMonth.of(2024, 3));
        double k = StrictMath.log(83.0 / 5.0) / march2024;
        if (m <= march2024) {
            return 5_000_000.0 * StrictMath.exp(k * m);
        }
        return 83_000_000.0 * StrictMath.pow(1.035, m - march2024);
    }

    /** The largest client's share of the monthly target: 34% at launch, falling half a point a month (24% in March 2024). */
    static double anchorShare(int m) {
        return 0.34 - 0.005 * m;
    }

    private void buildMonth(int m) {
        List<Line> ai = new ArrayList<>();
        List<Line> subs = new ArrayList<>();
        List<Line> infra = new ArrayList<>();
        List<Line> adjustments = new ArrayList<>();
        double target = aiTarget(m);

        // the largest client: six deployments
        double anchorUsd = target * anchorShare(m) * noise(0.01);
        for (BigDecimal part : split(anchorUsd, 6, 2)) {
            ai.add(line(m, anchor, AI, "USAGE", part));
        }
        if (m == index(YearMonth.of(2023, 8))) {
            ai.add(line(m, anchor, AI, "CREDIT", new BigDecimal("-125000.00")));
        }
        if (m == index(YearMonth.of(2024, 2))) {
            ai.add(line(m, anchor, AI, "CREDIT", new BigDecimal("-210000.00")));
        }
        if (m == index(YearMonth.of(2023, 11))) {
            adjustments.add(line(m, anchor, AI, "ADJUSTMENT", new BigDecimal("95000.00")));
        }

        // the clients paying millions a month
        double majorShares = 0;
        Map<Client, Double> usageOf = new LinkedHashMap<>();
        for (Client c : majors) {
            if (!c.activeAt(m)) {
                continue;
            }
            majorShares += c.share;
            double usd = target * c.share * noise(0.03);
            usageOf.put(c, usd);
            for (BigDecimal part : split(usd / rate(c.currency, m), 3 + random.nextInt(2), 2)) {
                ai.add(line(m, c, AI, "USAGE", part));
            }
        }

        // the long tail: shares of what is left, new clients ramp up over three months
        double tailBudget = target * (1.0 - anchorShare(m) - majorShares);
        double weights = 0;
        for (Client c : aiTail) {
            if (c.activeAt(m)) {
                weights += c.weight * ramp(c, m);
            }
        }
        for (Client c : aiTail) {
            if (!c.activeAt(m)) {
                continue;
            }
            double usd = tailBudget * c.weight * ramp(c, m) / weights * noise(0.10);
            usageOf.put(c, usd);
            double inCurrency = usd / rate(c.currency, m);
            int scale = "USD".equals(c.currency) && random.nextInt(4) == 0 ? 6 : 2;
            for (BigDecimal part : split(inCurrency, 1 + random.nextInt(3), scale)) {
                ai.add(line(m, c, AI, "USAGE", part));
            }
            if (m == c.join && m > 0 && random.nextBoolean()) {
                BigDecimal credit = money(Math.min(2500.0, 0.25 * inCurrency), 2).negate();
                if (credit.signum() < 0) {
                    ai.add(line(m, c, AI, "CREDIT", credit));
                }
            }
        }
        if (lumen.activeAt(m)) {
            String[] usage = {"8450.00", "12310.50", "14020.75", "15880.00", "17545.25"};
            ai.add(line(m, lumen, AI, "USAGE", new BigDecimal(usage[m - lumen.join])));
            if (m == lumen.join) {
                ai.add(line(m, lumen, AI, "CREDIT", new BigDecimal("-60000.00")));
            }
        }

        // a few adjustments a month on model-services clients other than the largest, either sign
        List<Client> adjustable = new ArrayList<>(usageOf.keySet());
        int count = 2 + random.nextInt(3);
        for (int a = 0; a < count; a++) {
            Client c = adjustable.get(random.nextInt(adjustable.size()));
            double magnitude = usageOf.get(c) / rate(c.currency, m) * (0.005 + 0.03 * random.nextDouble());
            BigDecimal amount = money(Math.max(1.0, magnitude), 2);
            adjustments.add(line(m, c, AI, "ADJUSTMENT", random.nextDouble() < 0.6 ? amount.negate() : amount));
        }

        // subscriptions: seats x $30 a month, some with an add-on at $10 a seat, seats growing 1.5% a month
        for (Client c : subClients) {
            if (!c.activeAt(m)) {
                continue;
            }
            long seats = Math.round(c.weight * StrictMath.pow(1.015, m - c.join));
            BigDecimal base = new BigDecimal(seats).multiply(new BigDecimal("30.00"));
            subs.add(line(m, c, SUBS, "SUBSCRIPTION", base));
            if (c.weight > 1000 || (c.id.hashCode() & 3) == 0) {
                long addOn = Math.max(1, seats * 2 / 5);
                subs.add(line(m, c, SUBS, "SUBSCRIPTION", new BigDecimal(addOn).multiply(new BigDecimal("10.00"))));
            }
            if (random.nextDouble() < 0.03) {
                subs.add(line(m, c, SUBS, "CREDIT", money(base.doubleValue() * (0.1 + 0.4 * random.nextDouble()), 2).negate()));
            }
        }

        // infrastructure: one client, reserved GPU capacity in four clusters, from January 2023
        if (infraClient.activeAt(m)) {
            double usd = 2_000_000.0 * StrictMath.exp(0.105 * (m - infraClient.join)) * noise(0.02);
            for (BigDecimal part : split(usd, 4, 2)) {
                infra.add(line(m, infraClient, INFRA, "USAGE", part));
            }
            if (m == index(YearMonth.of(2023, 12))) {
                infra.add(line(m, infraClient, INFRA, "CREDIT", new BigDecimal("-45000.00")));
            }
            if (m == index(YearMonth.of(2024, 5))) {
                adjustments.add(line(m, infraClient, INFRA, "ADJUSTMENT", new BigDecimal("12500.00")));
            }
        }

        absorbSubCentRemainder(ai, adjustments);

        List<Line> all = new ArrayList<>();
        all.addAll(ai);
        all.addAll(subs);
        all.addAll(infra);
        all.addAll(adjustments);
        String prefix = "BL-" + monthText(m).replace("-", "") + "-";
        int seq = 0;
        for (Line line : all) {
            line.lineId = prefix + String.format(Locale.ROOT, "%06d", ++seq);
        }
        String name = "billing-" + monthText(m);
        if (m == index(YearMonth.of(2024, 3))) {
            // March 2024 arrives as two exports: model services first, the rest in a second file
            files.put(name + ".csv", new ArrayList<>(ai));
            List<Line> rest = new ArrayList<>(subs);
            rest.addAll(infra);
            rest.addAll(adjustments);
            files.put(name + "-part2.csv", rest);
        } else {
            files.put(name + ".csv", all);
        }
    }

    /**
     * Makes the exact USD net revenue of every segment-month a whole number of cents, so the ledger (rounded to
     * cents) equals it exactly and matched rows show a variance of 0.00 at month and at quarter level. The EUR and GBP
     * lines (2 decimals x a 4-decimal rate) and the metered USD lines (6 decimals) leave a sub-cent remainder; it is
     * taken off the first metered (6-decimal) USD usage line of the segment.
     */
    private static void absorbSubCentRemainder(List<Line> ai, List<Line> adjustments) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : ai) {
            sum = sum.add(usdValue(line));
        }
        for (Line line : adjustments) {
            if (AI.equals(line.segment)) {
                sum = sum.add(usdValue(line));
            }
        }
        BigDecimal remainder = sum.subtract(sum.setScale(2, RoundingMode.FLOOR));
        if (remainder.signum() == 0) {
            return;
        }
        for (Line line : ai) {
            if ("USD".equals(line.currency) && "USAGE".equals(line.chargeType) && line.amount.scale() == 6) {
                line.amount = line.amount.subtract(remainder).setScale(6, RoundingMode.UNNECESSARY);
                return;
            }
        }
        throw new IllegalStateException("no metered USD line to absorb " + remainder);
    }

    private Line line(int m, Client c, String segment, String chargeType, BigDecimal amount) {
        Line line = new Line();
        line.month = m;
        line.client = c;
        line.segment = segment;
        line.chargeType = chargeType;
        line.amount = amount;
        line.currency = c.currency;
        return line;
    }

    private static double ramp(Client c, int m) {
        return Math.min(1.0, (m - c.join + 1) / 3.0);
    }

    private double noise(double spread) {
        return 1.0 + (2.0 * random.nextDouble() - 1.0) * spread;
    }

    /** Splits a total into n positive parts with random weights (the parts add up to the total only approximately). */
    private List<BigDecimal> split(double total, int n, int scale) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + random.nextDouble();
            sum += w[i];
        }
        List<BigDecimal> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(money(Math.max(1.0, total * w[i] / sum), scale));
        }
        return parts;
    }

    // ------------------------------------------------------------------ planted bad rows

    private void plantBadRows() {
        // each planted row is a copy of a genuine tail row with exactly one defect; none of them counts anywhere
        plantNear("billing-2023-09.csv", 0.30, "MISSING_FIELD", "client_id is blank",
            f -> { f[2] = ""; f[6] = "842.10"; });
        plantNear("billing-2024-01.csv", 0.40, "MONTH_MISMATCH", "billing_month 2023-12 in the January 2024 export",
            f -> { f[1] = "2023-12"; f[6] = "15230.55"; });
        plantNear("billing-2024-02.csv", 0.55, "INVALID_AMOUNT", "amount with a thousands separator",
            f -> f[6] = "1,234.00");
        plantNear("billing-2024-03.csv", 0.25, "SIGN_MISMATCH", "USAGE with a negative amount",
            f -> f[6] = "-1520.75");
        plantNear("billing-2024-03.csv", 0.70, "INVALID_CHARGE_TYPE", "charge type REFUND is not one of the four",
            f -> { f[5] = "REFUND"; f[6] = "-480.00"; });
        plantNear("billing-2024-04.csv", 0.45, "UNKNOWN_CURRENCY", "currency XXY is not an ISO 4217 code",
            f -> { f[6] = "2310.00"; f[7] = "XXY"; });
        plantNear("billing-2024-05.csv", 0.60, "INVALID_MONTH", "billing_month 2024-5 is not YYYY-MM",
            f -> f[1] = "2024-5");
        plantNear("billing-2024-06.csv", 0.35, "MALFORMED_ROW", "seven fields: the currency column is missing",
            f -> { });
        // an exact re-export of a subscription row already in the same file: the first occurrence is kept, the
        // copy is rejected (identical content, so the totals do not depend on which one a reader keeps)
        List<Line> part2 = files.get("billing-2024-03-part2.csv");
        int original = part2.size() / 5;
        Line copy = new Line();
        copy.month = part2.get(original).month;
        copy.raw = part2.get(original).fields().clone();
        copy.plantedReason = "DUPLICATE_LINE";
        copy.plantedWhy = "exact copy of line " + (original + 2) + " (" + copy.raw[0] + ")";
        part2.add(original + 40, copy);

        for (Map.Entry<String, List<Line>> file : files.entrySet()) {
            List<Line> rows = file.getValue();
            int rejected = 0;
            for (int i = 0; i < rows.size(); i++) {
                Line line = rows.get(i);
                if (!line.accepted()) {
                    rejected++;
                    planted.add(new Planted(file.getKey(), i + 2, line.plantedReason, line.plantedWhy,
                        csvRecord(line.fields())));
                }
            }
            if (rejected * 50 > rows.size()) { // keep every file far below the 5% reject limit
                throw new IllegalStateException(file.getKey() + " has too many planted rejects");
            }
        }
    }

    private interface Defect {
        void apply(String[] fields);
    }

    /** Inserts a defective copy of a long-tail USD usage row, just after the first such row from the given position. */
    private void plantNear(String file, double position, String reason, String why, Defect defect) {
        List<Line> rows = files.get(file);
        int start = (int) (rows.size() * position);
        for (int i = start; i < rows.size(); i++) {
            Line model = rows.get(i);
            if (model.accepted() && model.client.id.startsWith("CL-2") && "USAGE".equals(model.chargeType)
                    && "USD".equals(model.currency)) {
                String[] f = model.fields().clone();
                f[0] = "BL-" + monthText(model.month).replace("-", "") + "-" + String.format(Locale.ROOT, "%06d",
                    900001 + countPlanted());
                defect.apply(f);
                if ("MALFORMED_ROW".equals(reason)) {
                    String[] seven = new String[7];
                    System.arraycopy(f, 0, seven, 0, 7);
                    f = seven;
                }
                Line bad = new Line();
                bad.month = model.month;
                bad.raw = f;
                bad.plantedReason = reason;
                bad.plantedWhy = why;
                rows.add(i + 1, bad);
                return;
            }
        }
        throw new IllegalStateException("no row to copy in " + file);
    }

    private int countPlanted() {
        int n = 0;
        for (List<Line> rows : files.values()) {
            for (Line line : rows) {
                if (!line.accepted()) {
                    n++;
                }
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ ledger and FX

    private CharSequence ledgerCsv() {
        StringBuilder out = new StringBuilder("month,segment,revenue,currency\n");
        for (Map.Entry<Integer, Map<String, BigDecimal>> month : billed.entrySet()) {
            int m = month.getKey();
            for (String segment : SEGMENTS) {
                BigDecimal exact = month.getValue().get(segment);
                if (exact == null) {
                    continue;
                }
                BigDecimal ledger = exact.setScale(2, RoundingMode.HALF_EVEN);
                String ym = monthText(m);
                String intended = "MATCHED";
                String why = null;
                if (AI.equals(segment) && ym.equals("2024-01")) {
                    ledger = ledger.subtract(new BigDecimal("180000.00"));
                    intended = "WITHIN_TOLERANCE";
                    why = "ledger $180,000.00 below billing: above the $1,000 floor, below 0.5% of the ledger";
                } else if (SUBS.equals(segment) && ym.equals("2024-02")) {
                    ledger = ledger.add(new BigDecimal("612.40"));
                    intended = "WITHIN_TOLERANCE";
                    why = "ledger $612.40 above billing: within the $1,000 absolute tolerance";
                } else if (SUBS.equals(segment) && ym.equals("2024-03")) {
                    ledger = ledger.subtract(new BigDecimal("250000.00"));
                    intended = "BREAK";
                    why = "ledger $250,000.00 below billing";
                } else if (INFRA.equals(segment) && ym.equals("2024-02")) {
                    ledger = null;
                    intended = "MISSING_LEDGER";
                    why = "no ledger row for the segment-month";
                } else if (INFRA.equals(segment) && ym.equals("2024-05")) {
                    ledger = ledger.add(new BigDecimal("1500000.00"));
                    intended = "BREAK";
                    why = "ledger $1,500,000.00 above billing (capacity accrued but not billed)";
                }
                String status = status(exact, ledger);
                if (!status.equals(intended)) {
                    throw new IllegalStateException(segment + " " + ym + ": " + status + ", meant " + intended);
                }
                if (why != null) {
                    ledgerDiffs.add(new LedgerDiff(segment, m, exact, ledger, status, why));
                }
                if (ledger != null) {
                    out.append(ym).append(',').append(csvField(segment)).append(',')
                        .append(ledger.toPlainString()).append(",USD\n");
                }
            }
            if (monthText(m).equals("2024-04")) {
                BigDecimal consulting = new BigDecimal("85000.00");
                out.append("2024-04,").append(CONSULTING).append(',').append(consulting.toPlainString()).append(",USD\n");
                ledgerDiffs.add(new LedgerDiff(CONSULTING, m, null, consulting, status(null, consulting),
                    "ledger row for a segment that is never billed"));
            }
        }
        return out;
    }

    /** docs/finance-guide.md with the default tolerances (abs 1,000.00, rel 0.005). */
    static String status(BigDecimal billedValue, BigDecimal ledgerValue) {
        if (ledgerValue == null) {
            return "MISSING_LEDGER";
        }
        if (billedValue == null) {
            return "MISSING_BILLING";
        }
        BigDecimal variance = billedValue.subtract(ledgerValue).abs();
        if (variance.compareTo(new BigDecimal("0.01")) < 0) {
            return "MATCHED";
        }
        BigDecimal tolerance = ABS_TOLERANCE.max(REL_TOLERANCE.multiply(ledgerValue.abs()));
        return variance.compareTo(tolerance) <= 0 ? "WITHIN_TOLERANCE" : "BREAK";
    }

    private static CharSequence fxCsv() {
        StringBuilder out = new StringBuilder("month,currency,rate\n");
        for (int m = 0; m < MONTHS; m++) {
            out.append(monthText(m)).append(",EUR,").append(EUR_RATES[m]).append('\n');
            out.append(monthText(m)).append(",GBP,").append(GBP_RATES[m]).append('\n');
        }
        return out;
    }

    static BigDecimal rateOf(String currency, int m) {
        switch (currency) {
            case "USD":
                return BigDecimal.ONE;
            case "EUR":
                return new BigDecimal(EUR_RATES[m]);
            case "GBP":
                return new BigDecimal(GBP_RATES[m]);
            default:
                throw new IllegalArgumentException(currency);
        }
    }

    private static double rate(String currency, int m) {
        return rateOf(currency, m).doubleValue();
    }

    private static BigDecimal usdValue(Line line) {
        return line.amount.multiply(rateOf(line.currency, line.month));
    }

    // ------------------------------------------------------------------ headline figures (docs/finance-guide.md)

    /** month -> segment -> client -> exact USD net revenue; scope "All segments" sums over segments. */
    private Map<String, BigDecimal> revenueByClient(String segment, int fromMonth, int toMonth) {
        Map<String, BigDecimal> byClient = new TreeMap<>();
        for (List<Line> rows : files.values()) {
            for (Line line : rows) {
                if (line.accepted() && line.month >= fromMonth && line.month <= toMonth
                        && (segment == null || segment.equals(line.segment))) {
                    byClient.merge(line.client.id, usdValue(line), BigDecimal::add);
                }
            }
        }
        return byClient;
    }

    private Map<String, String> headline() {
        Map<String, String> h = new LinkedHashMap<>();
        int jan = index(YearMonth.of(2024, 1));
        int mar = index(YearMonth.of(2024, 3));
        int apr = index(YearMonth.of(2024, 4));
        int jun = index(YearMonth.of(2024, 6));

        BigDecimal march = billed.get(mar).get(AI);
        h.put("AI Model Services net revenue, March 2024", usd(march));
        BigDecimal anchorMarch = revenueByClient(AI, mar, mar).get(anchor.id);
        h.put("Lodestar Reasoning Labs (CL-100001) net revenue in AI Model Services, March 2024", usd(anchorMarch));

        for (String scope : new String[] {AI, null}) {
            String label = scope == null ? "All segments" : scope;
            Map<String, BigDecimal> q3 = revenueByClient(scope, jan, mar);
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal positive = BigDecimal.ZERO;
            int clients = 0;
            for (BigDecimal r : q3.values()) {
                net = net.add(r);
                if (r.signum() > 0) {
                    positive = positive.add(r);
                    clients++;
                }
            }
            BigDecimal anchorQ3 = q3.get(anchor.id);
            BigDecimal share = anchorQ3.divide(positive, 10, RoundingMode.HALF_EVEN);
            BigDecimal hhi = BigDecimal.ZERO;
            for (BigDecimal r : q3.values()) {
                if (r.signum() > 0) {
                    BigDecimal pct = r.multiply(new BigDecimal(100)).divide(positive, 20, RoundingMode.HALF_EVEN);
                    hhi = hhi.add(pct.multiply(pct));
                }
            }
            String level = hhi.compareTo(new BigDecimal(1800)) > 0 ? "HIGH"
                : hhi.compareTo(new BigDecimal(1000)) >= 0 ? "MODERATE" : "LOW";
            h.put(label + " FY2024-Q3 net revenue", usd(net));
            if (net.compareTo(positive) != 0) {
                h.put(label + " FY2024-Q3 revenue of clients with R > 0 (concentration base)", usd(positive));
            }
            h.put(label + " FY2024-Q3 clients with R > 0", Integer.toString(clients));
            h.put(label + " FY2024-Q3 Lodestar Reasoning Labs revenue", usd(anchorQ3));
            h.put(label + " FY2024-Q3 Lodestar Reasoning Labs share", percent(share));
            h.put(label + " FY2024-Q3 HHI (2023 bands)", hhi.setScale(1, RoundingMode.HALF_EVEN).toPlainString()
                + " (" + level + ")");
        }
        BigDecimal lumenQ3 = revenueByClient(AI, jan, mar).get(lumen.id);
        h.put("Lumen Sprout AI (CL-201006) FY2024-Q3 net revenue (below zero: left out of concentration)", usd(lumenQ3));
        BigDecimal q4 = BigDecimal.ZERO;
        for (int m = apr; m <= jun; m++) {
            q4 = q4.add(billed.get(m).get(AI));
        }
        h.put("AI Model Services FY2024-Q4 net revenue", usd(q4));
        return h;
    }

    // ------------------------------------------------------------------ README

    private String readme(Map<String, String> headline) {
        int[] activeAi = new int[MONTHS];
        int[] activeSubs = new int[MONTHS];
        int[] lines = new int[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            for (Client c : aiTail) {
                activeAi[m] += c.activeAt(m) ? 1 : 0;
            }
            for (Client c : majors) {
                activeAi[m] += c.activeAt(m) ? 1 : 0;
            }
            activeAi[m] += 1 + (lumen.activeAt(m) ? 1 : 0);
            for (Client c : subClients) {
                activeSubs[m] += c.activeAt(m) ? 1 : 0;
            }
        }
        for (List<Line> rows : files.values()) {
            for (Line line : rows) {
                lines[line.month]++;
            }
        }

        StringBuilder r = new StringBuilder();
        r.append("""
            # Demo input

            Invented demo data for RevReport: 24 months of billing exports (July 2022 to June 2024), a segment revenue
            ledger and monthly FX rates, in the layout of the job's default input folder (docs/input-format.md in the repository).
            Everything here is **fictional**: the clients, their names and ids, the amounts and the ledger. The shape
            is modeled on public reporting about an AI cloud business whose model-serving segment reached roughly $83M
            of revenue a month by March 2024, with one client making up about 24% of it. Any resemblance of a client name to a real company is coincidence. The EUR and GBP rates
            are illustrative values close to the published monthly averages of the period, not an authoritative source.

            The fiscal year starts in July (FY2024 = July 2023 to June 2024), so report with
            `--fiscal-year-start-month=7`, e.g.

            ```
            java -jar target/revreport.jar --fiscal-year-start-month=7 --quarter=FY2024-Q3
            java -jar target/revreport.jar --fiscal-year-start-month=7            # newest quarter: FY2024-Q4
            ```

            This file and every CSV below are written by
            `src/test/java/com/revreport/demo/DemoDataGenerator.java` (fixed seed, JDK only). Do not edit them by hand;
            regenerate instead:

            ```
            mvn -q test-compile
            java -cp target/test-classes com.revreport.demo.DemoDataGenerator input
            ```

            `DemoDataGeneratorTests` fails when the committed files differ from what the generator writes.

            ## Files

            | path | content |
            |---|---|
            | `billing/billing-YYYY-MM.csv` | one export per month, 2022-07 to 2024-06 |
            | `billing/billing-2024-03.csv`, `billing/billing-2024-03-part2.csv` | March 2024 in two exports: AI Model Services in the first, the other segments and the month's adjustments in the second |
            | `ledger/ledger.csv` | revenue as booked, one row per (month, segment), in USD |
            | `fx/fx-rates.csv` | monthly average USD per EUR and per GBP for all 24 months |
            | `explanations/explanations.csv` | the controller's explanation of AI Assistant Subscriptions' 2024-03 break (250,000.00); the quarter's and GPU Infrastructure's findings stay unexplained |

            Billing rows are plain decimals without thousands separators, mostly with 2 fraction digits; metered
            usage lines of USD clients have 6. Files are UTF-8 without byte-order mark, LF line ends, RFC 4180 quoting.
            Line ids look like `BL-202403-000123` and are unique within a month.

            ## Segments and clients

            - **AI Model Services** (model serving, charge types USAGE, CREDIT, ADJUSTMENT): the largest segment,
              growing from about $5M a month in July 2022 to about $83M in March 2024.
              - `CL-100001` Lodestar Reasoning Labs: the largest client, 34% of the segment at launch, about 24% in
                FY2024-Q3 (about $20M a month); SLA credits in 2023-08 and 2024-02, a positive adjustment in 2023-11.
              - Clients paying millions a month: `CL-100002` Quillon Code Assist Inc. (USD), `CL-100003` Meridale
                Health Intelligence (USD, from 2022-09), `CL-100004` Aurelia Sprachwerke GmbH (**EUR**, from 2022-10),
                `CL-100005` Kestrel Autonomy Systems (USD, 2022-12 to 2024-03: churned in FY2024-Q4), `CL-100006`
                Thamesbridge Legal AI Ltd (**GBP**, from 2023-01), `CL-100007` Cinderfall Search Co. (USD, from 2023-03).
              - A long tail of several hundred clients (`CL-2xxxxx`) joining and leaving over time; about 4% are billed
                in EUR; about half of the new ones get an onboarding CREDIT in their first month. Named ones:
                `CL-201001` `Fjord, Pine & Partners LLC` (a comma: quoted in the CSV), `CL-201002` `Blue "Quill"
                Analytics` (quotes), `CL-201003` `=Equals Analytics` (starts with `=`: must stay text in the workbook),
                `CL-201004` `Søndergaard Språkteknik ApS` (non-ASCII, EUR), `CL-201005` Brightline Data, renamed
                `Brightline Data Inc.` from 2024-01 (the newest name is shown), and `CL-201006` Lumen Sprout AI, which
                joins in 2024-02 with a $60,000 onboarding credit larger than its usage, so its FY2024-Q3 net revenue is
                below zero and it takes no part in that quarter's concentration.
              - Two to four ADJUSTMENT rows a month, either sign.
            - **AI Assistant Subscriptions** (charge type SUBSCRIPTION, $30 a seat a month, some with a $10 add-on; a
              few seat true-down CREDITs): `CL-400001` Halvorsen Retail Group and `CL-400002` Pacifica Mutual
              Insurance Co. (enterprise accounts), `CL-201003` =Equals Analytics, and a tail of about 190 clients, about
              40% of which are AI Model Services clients too (same `client_id`, so they add up in `All segments`).
            - **GPU Infrastructure** (reserved capacity, USAGE): a single client, `CL-300001` Stratos Frontier Models
              Inc., from 2023-01 (so its concentration is 100%, HHI 10,000); an SLA CREDIT in 2023-12 and an
              ADJUSTMENT in 2024-05.
            - **AI Consulting Services** appears only in the ledger (2024-04), never in billing.

            """);
        r.append("Active clients and billing rows per month:\n\n");
        r.append("| month | AI Model Services clients | AI Assistant Subscriptions clients | billing rows |\n");
        r.append("|---|---:|---:|---:|\n");
        for (int m = 0; m < MONTHS; m++) {
            r.append("| ").append(monthText(m)).append(" | ").append(activeAi[m]).append(" | ").append(activeSubs[m])
                .append(" | ").append(lines[m]).append(" |\n");
        }

        r.append("""

            ## Planted bad rows

            Each is a copy of a genuine long-tail row with one defect (the duplicate is an exact copy); none of them is
            counted in the ledger, which equals what the job accepts. No file comes near the 5% reject limit. Line
            numbers are physical lines, the header being line 1.

            | file | line | expected reason | defect |
            |---|---:|---|---|
            """);
        for (Planted p : planted) {
            r.append("| `").append(p.file()).append("` | ").append(p.line()).append(" | `").append(p.reason())
                .append("` | ").append(p.why()).append(" |\n");
        }

        r.append("""

            ## Planted ledger differences

            The ledger is computed from the accepted billing rows: each amount times the rate of its month and
            currency, summed exactly per segment and month, rounded to cents (HALF_EVEN). One metered USD line per
            month absorbs the sub-cent remainder of the FX conversions, so every segment-month of billing is a whole
            number of cents and all other rows reconcile with a variance of exactly 0.00 (`MATCHED`), per month and
            per quarter. Variance = billed - ledger; tolerance = max($1,000.00, 0.5% of the ledger).

            | segment | month | billed | ledger | variance | expected status | what |
            |---|---|---:|---:|---:|---|---|
            """);
        for (LedgerDiff d : ledgerDiffs) {
            r.append("| ").append(d.segment()).append(" | ").append(monthText(d.month())).append(" | ")
                .append(d.billed() == null ? "" : usd(d.billed())).append(" | ")
                .append(d.ledger() == null ? "" : usd(d.ledger())).append(" | ")
                .append(d.billed() == null || d.ledger() == null ? "" : usd(d.billed().subtract(d.ledger())))
                .append(" | `").append(d.intended()).append("` | ").append(d.why()).append(" |\n");
        }
        r.append("\nQuarter rows (sums of the months of the quarter, same rule):\n\n");
        r.append("| segment | quarter | billed | ledger | variance | expected status |\n");
        r.append("|---|---|---:|---:|---:|---|\n");
        for (String quarter : new String[] {"FY2024-Q3", "FY2024-Q4"}) {
            int from = quarter.endsWith("Q3") ? index(YearMonth.of(2024, 1)) : index(YearMonth.of(2024, 4));
            for (String segment : List.of(AI, SUBS, INFRA, CONSULTING)) {
                BigDecimal b = null;
                BigDecimal l = null;
                for (int m = from; m < from + 3; m++) {
                    BigDecimal bm = billed.get(m).get(segment);
                    if (bm != null) {
                        b = b == null ? bm : b.add(bm);
                    }
                    BigDecimal lm = ledgerValue(segment, m);
                    if (lm != null) {
                        l = l == null ? lm : l.add(lm);
                    }
                }
                if (b == null && l == null) {
                    continue;
                }
                r.append("| ").append(segment).append(" | ").append(quarter).append(" | ")
                    .append(b == null ? "" : usd(b)).append(" | ").append(l == null ? "" : usd(l)).append(" | ")
                    .append(b == null || l == null ? "" : usd(b.subtract(l))).append(" | `").append(status(b, l))
                    .append("` |\n");
            }
        }

        r.append("""

            ## Expected headline figures

            Computed by the generator from the accepted rows (USD, rounded to cents only here; shares as percent of
            the revenue of the clients with net revenue above zero, as in the report's concentration sheet):

            | figure | value |
            |---|---:|
            """);
        headline.forEach((k, v) -> r.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return r.toString();
    }

    /** The ledger value as written (after the planted differences), or null when there is no row. */
    private BigDecimal ledgerValue(String segment, int m) {
        if (CONSULTING.equals(segment)) {
            return monthText(m).equals("2024-04") ? new BigDecimal("85000.00") : null;
        }
        for (LedgerDiff d : ledgerDiffs) {
            if (d.segment().equals(segment) && d.month() == m) {
                return d.ledger();
            }
        }
        BigDecimal b = billed.get(m).get(segment);
        return b == null ? null : b.setScale(2, RoundingMode.HALF_EVEN);
    }

    // ------------------------------------------------------------------ helpers

    static int index(YearMonth month) {
        return (int) (FIRST_MONTH.until(month, java.time.temporal.ChronoUnit.MONTHS));
    }

    static String monthText(int m) {
        return FIRST_MONTH.plusMonths(m).toString();
    }

    private static BigDecimal money(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    static String usd(BigDecimal value) {
        return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
    }

    static String percent(BigDecimal fraction) {
        return fraction.multiply(new BigDecimal(100)).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** RFC 4180: quote a field holding a comma, a quote, CR or LF; double the quotes inside. */
    static String csvField(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String csvRecord(String[] fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(fields[i]));
        }
        return out.toString();
    }

    private static void write(Path file, CharSequence content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
