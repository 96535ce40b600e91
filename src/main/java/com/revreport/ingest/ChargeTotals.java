package com.revreport.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.revreport.model.ChargeTotal;
import com.revreport.model.ChargeType;

/**
 * Sums a month's accepted lines per (client, segment, charge type, currency) while streaming. Amounts
 * have at most six decimals, so they are summed exactly as whole millionths in a {@code long}; a sum that
 * would leave the long's range (nine trillion a key and month) carries on in {@code BigDecimal}. One
 * lookup a line also keeps the client's name of the latest line.
 * <p>
 * Keys are the UTF-8 bytes of the client id and segment, looked up straight from the read buffer, so a
 * plain line costs no {@code String}; strings are made once a key, when the month's totals are handed on.
 */
final class ChargeTotals {

    private static final int SCALE = 6;

    private static final long SEED = 0x452821E638D01377L;

    private Sum[] slots = new Sum[1 << 12];

    private int size;

    private long lines;

    void add(String clientId, String segment, ChargeType chargeType, String currency, String amount, String clientName) {
        byte[] id = clientId.getBytes(StandardCharsets.UTF_8);
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        byte[] name = clientName.getBytes(StandardCharsets.UTF_8);
        Sum sum = sumOf(id, 0, id.length, seg, 0, seg.length, chargeType, currencyCode(currency));
        long micros = Amounts.toMicros(amount);
        if (micros == Amounts.TOO_LARGE) {
            sum.overflow = sum.overflow.add(new BigDecimal(amount));
        }
        else {
            sum.add(micros);
        }
        sum.named(name, 0, name.length, ++lines);
    }

    /**
     * Adds a line whose client id, segment and client name are ranges of {@code line} and whose amount,
     * already read, is {@code micros} millionths.
     */
    void add(byte[] line, int idFrom, int idTo, int segmentFrom, int segmentTo, ChargeType chargeType,
            int currencyCode, long micros, int nameFrom, int nameTo) {
        Sum sum = sumOf(line, idFrom, idTo, line, segmentFrom, segmentTo, chargeType, currencyCode);
        sum.add(micros);
        sum.named(line, nameFrom, nameTo, ++lines);
    }

    /** The three capital letters of a code, as one int, for {@link #add(byte[], int, int, int, int, ChargeType, int, long, int, int)}. */
    static int currencyCode(byte[] bytes, int from) {
        return (bytes[from] << 16) | (bytes[from + 1] << 8) | bytes[from + 2];
    }

    private static int currencyCode(String code) {
        return (code.charAt(0) << 16) | (code.charAt(1) << 8) | code.charAt(2);
    }

    private Sum sumOf(byte[] id, int idFrom, int idTo, byte[] seg, int segFrom, int segTo, ChargeType chargeType,
            int currency) {
        long hash = Hashing.hash(id, idFrom, idTo, SEED) * 31 + Hashing.hash(seg, segFrom, segTo, SEED);
        hash = hash * 31 + chargeType.ordinal() * 0x1000000L + currency;
        int mask = slots.length - 1;
        for (int slot = (int) (hash ^ (hash >>> 32)) & mask;; slot = (slot + 1) & mask) {
            Sum sum = slots[slot];
            if (sum == null) {
                sum = new Sum(hash, Arrays.copyOfRange(id, idFrom, idTo), Arrays.copyOfRange(seg, segFrom, segTo),
                        chargeType, currency);
                slots[slot] = sum;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return sum;
            }
            if (sum.hash == hash && sum.chargeType == chargeType && sum.currency == currency
                    && Arrays.equals(sum.clientId, 0, sum.clientId.length, id, idFrom, idTo)
                    && Arrays.equals(sum.segment, 0, sum.segment.length, seg, segFrom, segTo)) {
                return sum;
            }
        }
    }

    private void grow() {
        Sum[] old = slots;
        slots = new Sum[old.length * 2];
        int mask = slots.length - 1;
        for (Sum sum : old) {
            if (sum != null) {
                int slot = (int) (sum.hash ^ (sum.hash >>> 32)) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = sum;
            }
        }
    }

    List<ChargeTotal> totals() {
        List<ChargeTotal> totals = new ArrayList<>(size);
        // one String per distinct segment and client rather than one per key
        Map<String, String> texts = new HashMap<>();
        for (Sum sum : slots) {
            if (sum != null) {
                totals.add(new ChargeTotal(text(sum.clientId, texts), text(sum.segment, texts), sum.chargeType,
                        text(new byte[] { (byte) (sum.currency >> 16), (byte) (sum.currency >> 8), (byte) sum.currency },
                                texts),
                        sum.value()));
            }
        }
        return totals;
    }

    private static String text(byte[] utf8, Map<String, String> texts) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        return texts.computeIfAbsent(text, t -> t);
    }

    /** The name each client carried on its last line of the month. */
    Map<String, String> clientNames() {
        Map<String, Sum> latest = new HashMap<>();
        for (Sum sum : slots) {
            if (sum != null) {
                latest.merge(new String(sum.clientId, StandardCharsets.UTF_8), sum,
                        (a, b) -> a.lastLine > b.lastLine ? a : b);
            }
        }
        Map<String, String> names = new HashMap<>(latest.size() * 2);
        latest.forEach((client, sum) -> names.put(client, new String(sum.clientName, StandardCharsets.UTF_8)));
        return names;
    }

    private static final class Sum {

        private final long hash;

        private final byte[] clientId;

        private final byte[] segment;

        private final ChargeType chargeType;

        private final int currency;

        private long micros;

        private BigDecimal overflow = BigDecimal.ZERO;

        private byte[] clientName = new byte[0];

        private long lastLine;

        Sum(long hash, byte[] clientId, byte[] segment, ChargeType chargeType, int currency) {
            this.hash = hash;
            this.clientId = clientId;
            this.segment = segment;
            this.chargeType = chargeType;
            this.currency = currency;
        }

        void add(long value) {
            try {
                micros = Math.addExact(micros, value);
            }
            catch (ArithmeticException outOfRange) {
                overflow = overflow.add(BigDecimal.valueOf(micros, SCALE)).add(BigDecimal.valueOf(value, SCALE));
                micros = 0;
            }
        }

        /** Keeps the name of the latest line; copies it only when it changed. */
        void named(byte[] name, int from, int to, long line) {
            if (!Arrays.equals(clientName, 0, clientName.length, name, from, to)) {
                clientName = Arrays.copyOfRange(name, from, to);
            }
            lastLine = line;
        }

        BigDecimal value() {
            return BigDecimal.valueOf(micros, SCALE).add(overflow);
        }
    }
}
