package com.revreport.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import com.revreport.model.InvalidOptionException;

/**
 * Reads a format file (docs/input-format.md, "Billing formats"): YAML, every key checked, so that a typing
 * error fails at start with the file and the key rather than reading every row wrongly. Only plain
 * YAML is taken (no tags that build objects).
 */
final class FormatFile {

    private static final Set<String> TOP = Set.of("billing", "ledger");

    private static final Set<String> LAYOUT = Set.of("files", "encoding", "delimiter", "null-values", "columns",
            "month-pattern", "decimal-separator", "grouping-separator", "negative-in-parentheses", "currency-symbols");

    private static final Set<String> BILLING = union(LAYOUT, Set.of("sign-rules", "charge-types", "corrections"));

    private static final List<String> BILLING_COLUMNS = java.util.Arrays.stream(BillingField.values())
            .map(BillingField::key).toList();

    private static final List<String> LEDGER_COLUMNS = List.of("month", "segment", "revenue", "currency");

    private static final Set<String> GROUPING = Set.of("", ",", ".", " ", "'");

    private final String file;

    private FormatFile(String file) {
        this.file = file;
    }

    /**
     * @param file the file as the option named it, for messages and the Run sheet
     * @throws InvalidOptionException naming the file and the key at fault
     */
    static BillingFormat parse(String file, String text) {
        return new FormatFile(file).format(text);
    }

    private BillingFormat format(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        }
        catch (YAMLException notYaml) {
            throw fault(null, "is not YAML: " + firstLine(notYaml.getMessage()));
        }
        Map<String, Object> top = map(root, null);
        known(top, TOP, null);
        Map<String, Object> billing = map(top.get("billing"), "billing");
        known(billing, BILLING, "billing");
        ExportLayout billingLayout = layout(billing, "billing", BILLING_COLUMNS,
                List.of("client_id", "segment", "amount"));
        boolean signRules = bool(billing, "sign-rules", "billing", true);
        Map<String, ChargeTarget> chargeTypes = chargeTypes(billing.get("charge-types"));
        BillingFormat.Correction correction = correction(billing.get("corrections"));
        ExportLayout ledger = null;
        if (top.get("ledger") != null) {
            Map<String, Object> ledgerKeys = map(top.get("ledger"), "ledger");
            known(ledgerKeys, LAYOUT, "ledger");
            ledger = layout(ledgerKeys, "ledger", LEDGER_COLUMNS, LEDGER_COLUMNS.subList(0, 3));
        }
        return new BillingFormat(file, text, billingLayout, signRules, chargeTypes, correction, ledger);
    }

    private ExportLayout layout(Map<String, Object> keys, String at, List<String> fields, List<String> required) {
        String files = string(keys, "files", at, "*.csv");
        try {
            java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + files);
        }
        catch (RuntimeException badGlob) {
            throw fault(at + ".files", "'" + files + "' is not a glob of file names (" + firstLine(badGlob.getMessage()) + ")");
        }
        Charset encoding = charset(string(keys, "encoding", at, "UTF-8"), at + ".encoding");
        char delimiter = delimiter(string(keys, "delimiter", at, ","), at + ".delimiter");
        Set<String> nullValues = new LinkedHashSet<>(strings(keys.get("null-values"), at + ".null-values"));
        Map<String, String> columns = columns(keys.get("columns"), at + ".columns", fields, required);
        String pattern = string(keys, "month-pattern", at, "yyyy-MM");
        MonthPattern month;
        try {
            month = MonthPattern.of(pattern);
        }
        catch (IllegalArgumentException rejected) {
            throw fault(at + ".month-pattern", firstLine(rejected.getMessage()));
        }
        String decimal = string(keys, "decimal-separator", at, ".");
        if (!decimal.equals(".") && !decimal.equals(",")) {
            throw fault(at + ".decimal-separator", "'" + decimal + "' is not \".\" or \",\"");
        }
        String grouping = string(keys, "grouping-separator", at, "");
        if (!GROUPING.contains(grouping)) {
            throw fault(at + ".grouping-separator", "'" + grouping + "' is not one of \"\", \",\", \".\", \" \" or \"'\"");
        }
        if (grouping.equals(decimal)) {
            throw fault(at + ".grouping-separator", "'" + grouping + "' is the decimal separator too; an amount "
                    + "such as 1" + grouping + "234 could then be read two ways");
        }
        AmountFormat amounts = new AmountFormat(decimal.charAt(0), grouping.isEmpty() ? 0 : grouping.charAt(0),
                bool(keys, "negative-in-parentheses", at, false), strings(keys.get("currency-symbols"),
                        at + ".currency-symbols"));
        return new ExportLayout(files, encoding, delimiter, nullValues, columns,
                columns.containsKey("month") ? month : null, amounts);
    }

    private Map<String, String> columns(Object value, String at, List<String> fields, List<String> required) {
        Map<String, Object> keys = map(value, at);
        known(keys, Set.copyOf(fields), at);
        Map<String, String> columns = new LinkedHashMap<>();
        keys.forEach((field, name) -> {
            String header = scalar(name, at + "." + field);
            if (header.isBlank()) {
                throw fault(at + "." + field, "is blank; name the export's column, or leave the key out");
            }
            columns.put(field, header.strip());
        });
        for (String field : required) {
            if (!columns.containsKey(field)) {
                throw fault(at + "." + field, "is missing; every format names the export's column for " + field);
            }
        }
        return columns;
    }

    private Map<String, ChargeTarget> chargeTypes(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> keys = map(value, "billing.charge-types");
        Map<String, ChargeTarget> targets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        keys.forEach((exportValue, target) -> {
            String at = "billing.charge-types." + exportValue;
            String name = scalar(target, at);
            try {
                if (targets.put(exportValue.strip(), ChargeTarget.valueOf(name.strip())) != null) {
                    throw fault(at, "appears twice (charge types are matched in any case)");
                }
            }
            catch (IllegalArgumentException unknown) {
                throw fault(at, "'" + name + "' is not USAGE, SUBSCRIPTION, CREDIT, ADJUSTMENT or EXCLUDED");
            }
        });
        return java.util.Collections.unmodifiableMap(targets);
    }

    private BillingFormat.Correction correction(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> keys = map(value, "billing.corrections");
        known(keys, Set.of("column", "value"), "billing.corrections");
        String column = scalar(keys.get("column"), "billing.corrections.column");
        String marker = scalar(keys.get("value"), "billing.corrections.value");
        if (column.isBlank() || marker.isBlank()) {
            throw fault("billing.corrections", "needs both column and value");
        }
        return new BillingFormat.Correction(column.strip(), marker.strip());
    }

    private Charset charset(String name, String at) {
        try {
            return Charset.forName(name);
        }
        catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw fault(at, "'" + name + "' is not a charset this Java knows (e.g. UTF-8, UTF-16, windows-1252, ISO-8859-15)");
        }
    }

    private char delimiter(String text, String at) {
        String delimiter = text.equals("\\t") ? "\t" : text;
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n'
                || delimiter.charAt(0) == '\r') {
            throw fault(at, "'" + text + "' is not one character other than a quote or a line end (\"\\t\" for tab)");
        }
        return delimiter.charAt(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String at) {
        if (value == null) {
            if (at == null || at.equals("billing")) {
                throw fault(at == null ? "billing" : at, "is missing; a format file describes at least the billing "
                        + "columns client_id, segment and amount");
            }
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw fault(at, "is not a mapping of keys");
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        map.forEach((k, v) -> keys.put(String.valueOf(k), v));
        return keys;
    }

    private void known(Map<String, Object> keys, Set<String> allowed, String at) {
        for (String key : keys.keySet()) {
            if (!allowed.contains(key)) {
                throw fault(at == null ? key : at + "." + key, "is not a key of a format file (known here: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private String string(Map<String, Object> keys, String key, String at, String otherwise) {
        Object value = keys.get(key);
        return value == null ? otherwise : scalar(value, at + "." + key);
    }

    private String scalar(Object value, String at) {
        if (value == null || value instanceof Map || value instanceof List) {
            throw fault(at, "needs a single value");
        }
        return String.valueOf(value);
    }

    private boolean bool(Map<String, Object> keys, String key, String at, boolean otherwise) {
        Object value = keys.get(key);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean b)) {
            throw fault(at + "." + key, "'" + value + "' is not true or false");
        }
        return b;
    }

    private List<String> strings(Object value, String at) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw fault(at, "is not a list such as [\"\", \"NULL\"]");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            strings.add(item == null ? "" : scalar(item, at));
        }
        return strings;
    }

    private InvalidOptionException fault(String key, String why) {
        return new InvalidOptionException("--billing-format=" + file + ": " + (key == null ? "the file" : "key " + key)
                + " " + why);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
