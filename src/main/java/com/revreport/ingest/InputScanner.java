package com.revreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Lists the input folder's CSV files with their SHA-256, which decides what must be loaded again. */
public class InputScanner {

    private static final Pattern MONTH_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})");

    public InputInventory scan(Path input) {
        if (!Files.isDirectory(input)) {
            throw new InputException("input folder " + input.toAbsolutePath() + " does not exist");
        }
        SortedMap<YearMonth, List<InputFile>> billing = new TreeMap<>();
        List<Path> billingFiles = csvFiles(input.resolve("billing"));
        billingFiles.forEach(path -> monthOf(path.getFileName().toString())); // a bad name fails before any hashing
        // hashing a night's gigabyte of exports is most of an unchanged run: spread it over the cores
        List<InputFile> hashed = billingFiles.parallelStream().map(path -> {
            YearMonth month = monthOf(path.getFileName().toString());
            return new InputFile(path, name(path), sha256(path), month);
        }).toList();
        hashed.forEach(file -> billing.computeIfAbsent(file.month(), m -> new ArrayList<>()).add(file));
        List<InputFile> ledger = csvFiles(input.resolve("ledger")).stream()
                .map(p -> new InputFile(p, name(p), sha256(p), null)).toList();
        List<InputFile> fx = csvFiles(input.resolve("fx")).stream()
                .map(p -> new InputFile(p, name(p), sha256(p), null)).toList();
        return new InputInventory(billing, ledger, fx);
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

    private static String name(Path path) {
        return path.getParent().getFileName() + "/" + path.getFileName();
    }

    private static List<Path> csvFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        catch (IOException e) {
            throw new InputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    public static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // digesting while reading
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        catch (IOException e) {
            throw new InputException(name(path) + ": cannot be read (" + e.getMessage() + ")", e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
