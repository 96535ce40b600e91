package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LineIdSetTests {

    @Test
    void answersLikeAHashSetOverAMillionIdsWithRepeats() {
        LineIdSet compact = new LineIdSet();
        Set<String> exact = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            // ids of a realistic shape, about one in ten repeated
            String id = "BL-202403-" + random.nextInt(900_000);
            assertThat(compact.add(id)).as(id).isEqualTo(exact.add(id));
        }
        assertThat(compact.size()).isEqualTo(exact.size());
    }

    @Test
    void tellsApartIdsThatDifferOnlyInOrderOrCase() {
        LineIdSet ids = new LineIdSet();

        assertThat(ids.add("AB")).isTrue();
        assertThat(ids.add("BA")).isTrue();
        assertThat(ids.add("ab")).isTrue();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("AB")).isFalse();
        assertThat(ids.add("")).isFalse();
    }

    @Test
    void startsAtAMillionIdsWhateverTheEstimateAndGrowsPastIt() {
        // a month of 40 GB would be estimated at 400 million ids: the set must not try to hold them up front
        LineIdSet ids = new LineIdSet(400_000_000L);

        for (int i = 0; i < 1_500_000; i++) {
            assertThat(ids.add("L" + i)).isTrue();
        }
        assertThat(ids.add("L0")).isFalse();
        assertThat(ids.add("L1499999")).isFalse();
        assertThat(ids.size()).isEqualTo(1_500_000);
    }
}
