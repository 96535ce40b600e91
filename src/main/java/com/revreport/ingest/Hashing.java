package com.revreport.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 64-bit hashes of byte ranges, eight bytes a step: the short-input loop and finish of xxHash64, with a
 * seed so that two seeds give two independent hashes. Keys are hashed straight from the read buffer.
 */
final class Hashing {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long P1 = 0x9E3779B185EBCA87L;

    private static final long P2 = 0xC2B2AE3D27D4EB4FL;

    private static final long P3 = 0x165667B19E3779F9L;

    private static final long P4 = 0x85EBCA77C2B2AE63L;

    private static final long P5 = 0x27D4EB2F165667C5L;

    private Hashing() {
    }

    static long hash(byte[] bytes, int from, int to, long seed) {
        long h = seed + P5 + (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long k = (long) LONGS.get(bytes, i) * P2;
            h ^= Long.rotateLeft(k, 31) * P1;
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (i + 4 <= to) {
            h ^= ((int) INTS.get(bytes, i) & 0xFFFFFFFFL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            i += 4;
        }
        for (; i < to; i++) {
            h ^= (bytes[i] & 0xFFL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ (h >>> 32);
    }
}
