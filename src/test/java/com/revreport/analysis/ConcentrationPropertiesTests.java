package com.revreport.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of concentration over random client sets. jqwik is not used (its maintainers ask that
 * AI coding agents not use it), so this is a small seeded harness: every case is reproducible from
 * the seed printed in a failure message.
 */
class ConcentrationPropertiesTests {

    private static final int CASES = 500;

    /**
     * Each share is one DECIMAL128 division, off by at most half a unit in its 34th digit; forty such
     * errors stay far below 1e-25, while a real mistake (a client counted twice or left out) is not.
     */
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-25");

    private final Concentration concentration = new Concentration(AnalysisSettings.defaults(1));

    @Test
    void sharesSumToOne() {
        forRandomClientSets((seed, scope) -> {
            BigDecimal sum = scope.clients().stream().map(ClientShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.subtract(BigDecimal.ONE).abs()).as("seed %d", seed).isLessThanOrEqualTo(TOLERANCE);
        });
    }

    @Test
    void hhiLiesBetweenTenThousandOverNAndTenThousand() {
        forRandomClientSets((seed, scope) -> {
            BigDecimal floor = new BigDecimal(10_000).divide(new BigDecimal(scope.clients().size()), MathContext.DECIMAL128);
            assertThat(scope.hhi()).as("seed %d", seed).isBetween(floor, new BigDecimal(10_000));
        });
    }

    @Test
    void cumulativeShareNeverDecreasesAndEndsAtOne() {
        forRandomClientSets((seed, scope) -> {
            List<ClientShare> clients = scope.clients();
            for (int i = 1; i < clients.size(); i++) {
                assertThat(clients.get(i).cumulativeShare()).as("seed %d, rank %d", seed, i + 1)
                        .isGreaterThanOrEqualTo(clients.get(i - 1).cumulativeShare());
            }
            assertThat(clients.get(clients.size() - 1).cumulativeShare()).as("seed %d", seed).isEqualByComparingTo("1");
        });
    }

    @Test
    void topOneIsAtMostTopFiveIsAtMostTopTen() {
        forRandomClientSets((seed, scope) -> {
            assertThat(scope.top1Share()).as("seed %d", seed).isLessThanOrEqualTo(scope.top5Share());
            assertThat(scope.top5Share()).as("seed %d", seed).isLessThanOrEqualTo(scope.top10Share());
            assertThat(scope.top10Share()).as("seed %d", seed).isLessThanOrEqualTo(BigDecimal.ONE);
        });
    }

    @Test
    void rankingIsByRevenueDescendingThenClientIdAndHoldsOnlyPositiveClients() {
        forRandomClientSets((seed, scope) -> {
            List<ClientShare> clients = scope.clients();
            for (int i = 0; i < clients.size(); i++) {
                assertThat(clients.get(i).rank()).isEqualTo(i + 1);
                assertThat(clients.get(i).revenue().signum()).as("seed %d", seed).isPositive();
                if (i > 0) {
                    int byRevenue = clients.get(i - 1).revenue().compareTo(clients.get(i).revenue());
                    assertThat(byRevenue > 0 || byRevenue == 0
                            && clients.get(i - 1).clientId().compareTo(clients.get(i).clientId()) < 0)
                            .as("seed %d, rank %d", seed, i + 1).isTrue();
                }
            }
        });
    }

    @Test
    void everyPositiveClientTakesPartAndNoOtherAndTheTotalIsTheirSum() {
        for (long seed = 1; seed <= CASES; seed++) {
            Map<String, BigDecimal> revenue = randomClients(new Random(seed));
            ConcentrationScope scope = concentration.scope("Cloud", revenue, Map.of(), id -> id);

            List<String> positive = revenue.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                    .map(Map.Entry::getKey).toList();
            BigDecimal positiveTotal = revenue.values().stream().filter(a -> a.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(scope.clients()).extracting(ClientShare::clientId).as("seed %d", seed)
                    .containsExactlyInAnyOrderElementsOf(positive);
            assertThat(scope.revenue()).as("seed %d", seed).isEqualByComparingTo(positiveTotal);
        }
    }

    private interface ScopeProperty {
        void check(long seed, ConcentrationScope scope);
    }

    private void forRandomClientSets(ScopeProperty property) {
        for (long seed = 1; seed <= CASES; seed++) {
            Map<String, BigDecimal> revenue = randomClients(new Random(seed));
            ConcentrationScope scope = concentration.scope("Cloud", revenue, Map.of(), id -> id);
            if (!scope.clients().isEmpty()) {
                property.check(seed, scope);
            }
        }
    }

    /**
     * 1 to 40 clients with up to 6 decimals; some net negative or zero (they must drop out), and a
     * small pool of repeated amounts so that ties in revenue are common.
     */
    private static Map<String, BigDecimal> randomClients(Random random) {
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        int count = 1 + random.nextInt(40);
        BigDecimal[] pool = { new BigDecimal("100"), new BigDecimal("2500.5"), new BigDecimal("0.000001") };
        for (int i = 0; i < count; i++) {
            BigDecimal amount = switch (random.nextInt(6)) {
            case 0 -> pool[random.nextInt(pool.length)];
            case 1 -> BigDecimal.valueOf(-random.nextInt(1_000_000), 2);
            case 2 -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(1 + (random.nextLong() & Long.MAX_VALUE) % 100_000_000_000L, 6);
            };
            revenue.put("C" + random.nextInt(1000), amount);
        }
        return revenue;
    }
}
