package com.revreport.ingest;

/**
 * The {@code line_id}s seen in one month, kept as two independent 64-bit hashes of their UTF-8 bytes in open-addressed
 * primitive arrays: 16 bytes an id instead of about 100 for a {@code HashSet<String>}, so that a
 * month of millions of lines is checked for duplicates in tens of megabytes. Two ids are taken as
 * equal when both hashes agree; for a million ids the chance that two different ones do is about
 * 10^-26, far below that of a disk returning a wrong byte.
 */
final class LineIdSet {

    private static final long EMPTY = 0L;

    private static final long SEED_1 = 0x243F6A8885A308D3L;

    private static final long SEED_2 = 0x13198A2E03707344L;

    /** Slot i holds its two hashes side by side at 2i and 2i+1: one cache line a probe, not two. */
    private long[] slots;

    LineIdSet() {
        this(0);
    }

    /** Slots a set starts with at most (32 MB): past that it grows as ids come, not on an estimate. */
    private static final long MAX_INITIAL_SLOTS = 1L << 21;

    /**
     * @param expectedIds how many ids the set is likely to get: it starts large enough for them, up to a
     *        million, because each doubling on the way rehashes every id, a cache miss apiece
     */
    LineIdSet(long expectedIds) {
        long wanted = Math.max(1 << 16, Math.min(MAX_INITIAL_SLOTS, expectedIds * 2));
        slots = new long[2 * (int) Long.highestOneBit(wanted * 2 - 1)];
    }

    private int size;

    /** @return {@code true} when the id whose UTF-8 bytes are {@code bytes[from, to)} was not there yet */
    boolean add(byte[] bytes, int from, int to) {
        long h1 = nonZero(Hashing.hash(bytes, from, to, SEED_1));
        long h2 = Hashing.hash(bytes, from, to, SEED_2);
        if ((size + 1) * 4L > slots.length) {
            grow();
        }
        return insert(slots, h1, h2);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long h1, long h2) {
        int mask = table.length / 2 - 1;
        for (int slot = (int) (h1 ^ (h1 >>> 32)) & mask;; slot = (slot + 1) & mask) {
            int at = slot * 2;
            if (table[at] == EMPTY) {
                table[at] = h1;
                table[at + 1] = h2;
                size++;
                return true;
            }
            if (table[at] == h1 && table[at + 1] == h2) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != EMPTY) {
                insert(slots, old[at], old[at + 1]);
            }
        }
    }

    private static long nonZero(long hash) {
        return hash == EMPTY ? 1L : hash;
    }
}
