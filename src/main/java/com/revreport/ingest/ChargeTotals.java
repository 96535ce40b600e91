package com.revreport.ingest;

import static com.revreport.ingest.BillingRules.AMOUNT;
import static com.revreport.ingest.BillingRules.CLIENT_ID;
import static com.revreport.ingest.BillingRules.CLIENT_NAME;
import static com.revreport.ingest.BillingRules.CURRENCY;
import static com.revreport.ingest.BillingRules.SEGMENT;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.revreport.model.ChargeTotal;
import com.revreport.model.ChargeType;
import com.revreport.ingest.csv.Amounts;

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

    static final int SCALE = 6;

    private static final long SEED = 0x452821E638D01377L;

    private Sum[] slots = new Sum[1 << 12];

    private int size;

    private long lines;

    /** Adds a row the rules passed ({@link BillingRules#check}), its values read where the row shows them. */
    void add(BillingRow row) {
        byte[] bytes = row.bytes();
        int currency = row.from(CURRENCY);
        Sum sum = sumOf(bytes, row.from(CLIENT_ID), row.to(CLIENT_ID), row.from(SEGMENT), row.to(SEGMENT),
                row.chargeType(), (bytes[currency] << 16) | (bytes[currency + 1] << 8) | bytes[currency + 2]);
        if (Amounts.isTooLarge(row.micros())) {
            sum.overflow = sum.overflow.add(new BigDecimal(row.text(AMOUNT)));
        }
        else {
            sum.add(row.micros());
        }
        sum.named(bytes, row.from(CLIENT_NAME), row.to(CLIENT_NAME), ++lines);
    }

    /** The sum of the key whose client id and segment are ranges of {@code line}; {@code currency} packs 3 letters. */
    private Sum sumOf(byte[] line, int idFrom, int idTo, int segFrom, int segTo, ChargeType chargeType, int currency) {
        long hash = Hashing.hash(line, idFrom, idTo, SEED) * 31 + Hashing.hash(line, segFrom, segTo, SEED);
        hash = hash * 31 + chargeType.ordinal() * 0x1000000L + currency;
        int mask = slots.length - 1;
        for (int slot = (int) (hash ^ (hash >>> 32)) & mask;; slot = (slot + 1) & mask) {
            Sum sum = slots[slot];
            if (sum == null) {
                sum = new Sum(hash, Arrays.copyOfRange(line, idFrom, idTo), Arrays.copyOfRange(line, segFrom, segTo),
                        chargeType, currency);
                slots[slot] = sum;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return sum;
            }
            if (sum.hash == hash && sum.chargeType == chargeType && sum.currency == currency
                    && Arrays.equals(sum.clientId, 0, sum.clientId.length, line, idFrom, idTo)
                    && Arrays.equals(sum.segment, 0, sum.segment.length, line, segFrom, segTo)) {
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
