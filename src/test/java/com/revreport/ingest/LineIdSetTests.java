package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LineIdSetTests {

    private static boolean add(LineIdSet ids, String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        return ids.add(utf8, 0, utf8.length);
    }

    @Test
    void answersLikeAHashSetOverAMillionIdsWithRepeats() {
        LineIdSet compact = new LineIdSet();
        Set<String> exact = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            // ids of a realistic shape, about one in ten repeated
            String id = "BL-202403-" + random.nextInt(900_000);
            assertThat(add(compact, id)).as(id).isEqualTo(exact.add(id));
        }
        assertThat(compact.size()).isEqualTo(exact.size());
    }

    @Test
    void tellsApartIdsThatDifferOnlyInOrderOrCase() {
        LineIdSet ids = new LineIdSet();

        assertThat(add(ids, "AB")).isTrue();
        assertThat(add(ids, "BA")).isTrue();
        assertThat(add(ids, "ab")).isTrue();
        assertThat(add(ids, "")).isTrue();
        assertThat(add(ids, "AB")).isFalse();
        assertThat(add(ids, "")).isFalse();
    }

    @Test
    void startsAtAMillionIdsWhateverTheEstimateAndGrowsPastIt() {
        // a month of 40 GB would be estimated at 400 million ids: the set must not try to hold them up front
        LineIdSet ids = new LineIdSet(400_000_000L);

        for (int i = 0; i < 1_500_000; i++) {
            assertThat(add(ids, "L" + i)).isTrue();
        }
        assertThat(add(ids, "L0")).isFalse();
        assertThat(add(ids, "L1499999")).isFalse();
        assertThat(ids.size()).isEqualTo(1_500_000);
    }
}
