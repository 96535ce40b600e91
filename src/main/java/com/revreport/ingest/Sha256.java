package com.revreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.revreport.model.InputException;

/**
 * SHA-256 in lower-case hex, the one hash of the application: of the input files (what must be loaded
 * again), the template and the published workbook, and of the text a report fingerprint is made of.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** @throws InputException naming the file when it cannot be read */
    public static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
        catch (IOException e) {
            throw new InputException(InputScanner.name(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Of what the stream holds, read to its end (not closed). */
    public static String of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
