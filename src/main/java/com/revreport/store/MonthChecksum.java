package com.revreport.store;

import java.math.BigDecimal;

/**
 * A month's billing totals summed up in two numbers, as its load wrote them and as the store holds them:
 * how many rows, and a checksum over each row's client, name, segment, charge type, currency and amount.
 * Rows are hashed one by one and the hashes added, so the order they are read in does not matter and a
 * row lost, added or changed shows. It guards against rows gone missing, not against someone forging them.
 */
public record MonthChecksum(long rows, long checksum) {

    static Sum sum() {
        return new Sum();
    }

    /** Adds rows up one at a time, in any order. */
    static final class Sum {

        private long rows;

        private long checksum;

        private Sum() {
        }

        void add(String clientId, String clientName, String segment, String chargeType, String currency,
                BigDecimal amount) {
            long hash = 0xcbf29ce484222325L;
            hash = text(hash, clientId);
            hash = text(hash, clientName);
            hash = text(hash, segment);
            hash = text(hash, chargeType);
            hash = text(hash, currency);
            // the store keeps six decimals: 1.5 loaded is 1.500000 read back, the same amount
            hash = text(hash, amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString());
            rows++;
            checksum += mix(hash);
        }

        MonthChecksum result() {
            return new MonthChecksum(rows, checksum);
        }

        /** FNV-1a over the text's characters, then a separator, so that ("ab", "c") and ("a", "bc") differ. */
        private static long text(long hash, String value) {
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            return (hash ^ 0x1f) * 0x100000001b3L;
        }

        /** MurmurHash3's finaliser: spreads every bit over the whole word before the hashes are added. */
        private static long mix(long hash) {
            hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
            hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return hash ^ (hash >>> 33);
        }
    }
}
