package com.revreport.ingest;

import java.util.Set;
import java.util.stream.Collectors;
import com.revreport.ingest.format.BillingFormat;

import com.revreport.model.ControlCharacters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.revreport.model.FileStamp;
import com.revreport.model.HashedFile;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;
import com.revreport.ingest.csv.Amounts;

/**
 * Lists the input folder's CSV files with their SHA-256, which decides what must be loaded again. A file
 * whose stamp (size, times, inode) is the one it had when last hashed keeps that hash unread: re-reading
 * a night's gigabyte of unchanged exports was most of an unchanged run (docs/decisions.md, "Trusting
 * unchanged input files").
 */
public class InputScanner {

    private static final Pattern MONTH_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})");

    private final Map<String, HashedFile> lastHashed;

    private final Queue<HashedFile> hashes = new ConcurrentLinkedQueue<>();

    private final Map<String, Set<YearMonth>> monthsRead = new java.util.concurrent.ConcurrentHashMap<>();

    /** A scanner that hashes every file. */
    public InputScanner() {
        this(Map.of());
    }

    /** @param lastHashed absolute path -> the file's hash and stamp as last hashed, to trust while the stamp holds */
    public InputScanner(Map<String, HashedFile> lastHashed) {
        this.lastHashed = lastHashed;
    }

    public InputInventory scan(Path input) {
        return scan(input, BillingFormat.NATIVE, Map.of());
    }

    /**
     * @param format how the billing files are written: which of them are exports, and where their month is
     * @param knownMonths for a format whose rows name their month: sha256 -> the months a file of that content
     *        holds, as worked out on an earlier night; a file of other content is read to find them
     *        ({@link #monthsRead()})
     */
    public InputInventory scan(Path input, BillingFormat format, Map<String, Set<YearMonth>> knownMonths) {
        if (!Files.isDirectory(input)) {
            throw new InputException("input folder " + input.toAbsolutePath() + " does not exist");
        }
        SortedMap<YearMonth, List<InputFile>> billing = new TreeMap<>();
        List<Path> billingFiles = inputFiles(input.resolve("billing"),
                format.isNative() ? InputScanner::isCsv : name -> format.billing().matches(name));
        if (billingFiles.isEmpty()) {
            // most often a mount or a path gone wrong: reloading every stored month from no file would empty the
            // store's history, so the run stops with the store as it was
            throw new InputException("no billing files in " + input.resolve("billing").toAbsolutePath() + " (looking for "
                    + (format.isNative() ? "*.csv" : format.billing().files()) + "); nothing was loaded or changed");
        }
        if (!format.monthsFromColumn()) {
            billingFiles.forEach(path -> monthOf(path.getFileName().toString())); // a bad name fails before any hashing
        }
        // hashing a night's gigabyte of exports is most of an unchanged run: spread it over the cores
        List<InputFile> hashed = billingFiles.parallelStream().map(path -> {
            YearMonth month = format.monthsFromColumn() ? null : monthOf(path.getFileName().toString());
            return new InputFile(path, name(path), sha256(path), month);
        }).toList();
        if (format.monthsFromColumn()) {
            // a new or changed file is read for the months it holds, spread over the cores as the hashing is
            hashed.stream().filter(file -> !knownMonths.containsKey(file.sha256()))
                    .collect(Collectors.toMap(InputFile::sha256, file -> file, (first, same) -> first)).values()
                    .parallelStream()
                    .forEach(file -> monthsRead.put(file.sha256(), FormattedMonthReader.monthsOf(format.billing(), file)));
        }
        for (InputFile file : hashed) {
            if (!format.monthsFromColumn()) {
                billing.computeIfAbsent(file.month(), m -> new ArrayList<>()).add(file);
                continue;
            }
            Set<YearMonth> months = knownMonths.containsKey(file.sha256()) ? knownMonths.get(file.sha256())
                    : monthsRead.get(file.sha256());
            // one entry per month the file holds, each reading that month's rows of it
            months.forEach(month -> billing.computeIfAbsent(month, m -> new ArrayList<>())
                    .add(new InputFile(file.path(), file.name(), file.sha256(), month)));
        }
        List<InputFile> ledger = inputFiles(input.resolve("ledger"),
                format.ledger() == null ? InputScanner::isCsv : name -> format.ledger().matches(name)).stream()
                .map(p -> new InputFile(p, name(p), sha256(p), null)).toList();
        List<InputFile> fx = inputFiles(input.resolve("fx"), InputScanner::isCsv).stream()
                .map(p -> new InputFile(p, name(p), sha256(p), null)).toList();
        return new InputInventory(billing, ledger, fx);
    }

    /**
     * The controller's explanations, {@code explanations/*.csv}, hashed on every run: they are small, and a
     * changed explanation changes the workbook though no figure moves.
     */
    public static List<InputFile> explanationFiles(Path input) {
        return inputFiles(input.resolve("explanations"), InputScanner::isCsv).stream()
                .map(p -> new InputFile(p, name(p), Sha256.of(p), null)).toList();
    }

    /**
     * The hash and stamp of every file of the last scan whose stamp may be trusted on a later night: those
     * whose times had settled before they were read and that did not change while being read.
     */
    public List<HashedFile> hashes() {
        return List.copyOf(hashes);
    }

    /** sha256 -> months of the billing files this scan read to find their months, to record for later nights. */
    public Map<String, Set<YearMonth>> monthsRead() {
        return Map.copyOf(monthsRead);
    }

    private static boolean isCsv(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private String sha256(Path file) {
        String path = file.toAbsolutePath().toString();
        Instant stamped = Instant.now();
        FileStamp before = stamp(file);
        HashedFile last = lastHashed.get(path);
        if (last != null && last.stamp().equals(before)) {
            hashes.add(last);
            return last.sha256();
        }
        String sha256 = Sha256.of(file);
        if (before.settledBefore(stamped) && stamp(file).equals(before)) {
            hashes.add(new HashedFile(path, before, sha256));
        }
        return sha256;
    }

    private static FileStamp stamp(Path file) {
        try {
            return FileStamp.of(file);
        }
        catch (UncheckedIOException e) {
            throw new InputException(name(file) + ": cannot be read (" + e.getCause().getMessage() + ")", e);
        }
    }

    static YearMonth monthOf(String fileName) {
        Matcher m = MONTH_IN_NAME.matcher(fileName);
        while (m.find()) {
            YearMonth month = Amounts.parseMonth(m.group());
            if (month != null) {
                return month;
            }
        }
        throw new InputException("billing/" + fileName + ": the file name holds no billing month as YYYY-MM "
                + "(e.g. billing-2024-03.csv)");
    }

    /** The name a file goes by in logs, messages and the store, escaped so that it cannot break a line. */
    static String name(Path path) {
        return ControlCharacters.escape(path.getParent().getFileName() + "/" + path.getFileName());
    }

    /**
     * The folder's entries named like an input ({@code *.csv} in any case, or as a billing format's glob says). Each must be a regular file that
     * can be read: a dangling link, a folder, a device or a file without permission is not a removed file
     * but a fault, and taking it for a removal would restate its month from the files that are left.
     * Entries named otherwise (an {@code archive/} folder, a {@code README}) are not inputs and are ignored.
     */
    private static List<Path> inputFiles(Path folder, java.util.function.Predicate<String> isInput) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toAbsolutePath() + " is not a folder (" + kindOf(folder)
                    + "); make it the folder of " + folder.getFileName() + " CSV files, or remove it");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inputs = files.filter(p -> isInput.test(p.getFileName().toString()))
                    .sorted().toList();
            for (Path input : inputs) {
                if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
                    throw new InputException(name(input) + " cannot be read: it is " + kindOf(input)
                            + "; replace it by the CSV file, or move it out of " + folder.getFileName() + "/");
                }
            }
            return inputs;
        }
        catch (IOException e) {
            throw new InputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /** What an entry that is not a readable regular file is, in an operator's words. */
    private static String kindOf(Path entry) {
        if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
            return "a symbolic link to " + target(entry) + ", which does not exist";
        }
        String link = Files.isSymbolicLink(entry) ? " (through a symbolic link to " + target(entry) + ")" : "";
        if (Files.isDirectory(entry)) {
            return "a folder" + link;
        }
        if (!Files.isRegularFile(entry)) {
            return "not a regular file but a device, pipe or socket" + link;
        }
        return (Files.isReadable(entry) ? "a file" : "a file this process has no permission to read") + link;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        }
        catch (IOException e) {
            return "an unreadable target";
        }
    }
}
