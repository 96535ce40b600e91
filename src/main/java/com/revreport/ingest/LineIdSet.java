package com.revreport.ingest;

/**
 * The {@code line_id}s seen in one month, kept as two independent 64-bit hashes each in open-addressed
 * primitive arrays: 16 bytes an id instead of about 100 for a {@code HashSet<String>}, so that a
 * month of millions of lines is checked for duplicates in tens of megabytes. Two ids are taken as
 * equal when both hashes agree; for a million ids the chance that two different ones do is about
 * 10^-26, far below that of a disk returning a wrong byte.
 */
final class LineIdSet {

    private static final long EMPTY = 0L;

    private long[] first = new long[1 << 16];

    private long[] second = new long[1 << 16];

    private int size;

    /** @return {@code true} when the id was not there yet */
    boolean add(String id) {
        long h1 = nonZero(fnv1a(id));
        long h2 = mix(id);
        if ((size + 1) * 2L > first.length) {
            grow();
        }
        return insert(first, second, h1, h2);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] firsts, long[] seconds, long h1, long h2) {
        int mask = firsts.length - 1;
        for (int slot = (int) (h1 ^ (h1 >>> 32)) & mask;; slot = (slot + 1) & mask) {
            if (firsts[slot] == EMPTY) {
                firsts[slot] = h1;
                seconds[slot] = h2;
                size++;
                return true;
            }
            if (firsts[slot] == h1 && seconds[slot] == h2) {
                return false;
            }
        }
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        first = new long[oldFirst.length * 2];
        second = new long[oldSecond.length * 2];
        size = 0;
        for (int i = 0; i < oldFirst.length; i++) {
            if (oldFirst[i] != EMPTY) {
                insert(first, second, oldFirst[i], oldSecond[i]);
            }
        }
    }

    private static long nonZero(long hash) {
        return hash == EMPTY ? 1L : hash;
    }

    private static long fnv1a(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** A second hash unrelated to FNV: a multiply-xorshift over the characters with a SplitMix64 finish. */
    private static long mix(String id) {
        long hash = 0x9E3779B97F4A7C15L ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            hash = (hash + id.charAt(i)) * 0xBF58476D1CE4E5B9L;
            hash ^= hash >>> 29;
        }
        hash ^= hash >>> 30;
        hash *= 0xBF58476D1CE4E5B9L;
        hash ^= hash >>> 27;
        hash *= 0x94D049BB133111EBL;
        return hash ^ (hash >>> 31);
    }
}
