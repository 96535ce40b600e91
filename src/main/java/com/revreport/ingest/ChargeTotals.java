package com.revreport.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums a month's accepted lines per (client, segment, charge type, currency) while streaming. Amounts
 * have at most six decimals, so they are summed exactly as whole millionths in a {@code long}; a sum that
 * would leave the long's range (nine trillion a key and month) carries on in {@code BigDecimal}. One
 * map lookup a line also keeps the client's name of the latest line.
 */
final class ChargeTotals {

    private static final int SCALE = 6;

    private final Map<Key, Sum> sums = new HashMap<>();

    private long lines;

    void add(String clientId, String segment, ChargeType chargeType, String currency, String amount, String clientName) {
        Sum sum = sums.computeIfAbsent(new Key(clientId, segment, chargeType, currency), k -> new Sum());
        sum.add(amount);
        sum.clientName = clientName;
        sum.lastLine = ++lines;
    }

    List<ChargeTotal> totals() {
        List<ChargeTotal> totals = new ArrayList<>(sums.size());
        sums.forEach((k, sum) -> totals.add(new ChargeTotal(k.clientId(), k.segment(), k.chargeType(), k.currency(),
                sum.value())));
        return totals;
    }

    /** The name each client carried on its last line of the month. */
    Map<String, String> clientNames() {
        Map<String, Sum> latest = new HashMap<>();
        sums.forEach((k, sum) -> latest.merge(k.clientId(), sum, (a, b) -> a.lastLine > b.lastLine ? a : b));
        Map<String, String> names = new HashMap<>(latest.size() * 2);
        latest.forEach((client, sum) -> names.put(client, sum.clientName));
        return names;
    }

    private record Key(String clientId, String segment, ChargeType chargeType, String currency) {
    }

    private static final class Sum {

        private long micros;

        private BigDecimal overflow = BigDecimal.ZERO;

        private String clientName;

        private long lastLine;

        /** @param amount a plain decimal, already validated */
        void add(String amount) {
            long value = Amounts.toMicros(amount);
            if (value == Amounts.TOO_LARGE) {
                overflow = overflow.add(new BigDecimal(amount));
                return;
            }
            try {
                micros = Math.addExact(micros, value);
            }
            catch (ArithmeticException outOfRange) {
                overflow = overflow.add(BigDecimal.valueOf(micros, SCALE)).add(BigDecimal.valueOf(value, SCALE));
                micros = 0;
            }
        }

        BigDecimal value() {
            return BigDecimal.valueOf(micros, SCALE).add(overflow);
        }
    }
}
