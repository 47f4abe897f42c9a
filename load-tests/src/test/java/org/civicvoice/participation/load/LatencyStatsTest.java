package org.civicvoice.participation.load;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyStatsTest {

    @Test
    void percentilesOfOneToAThousandMillisecondsAreWhereTheyShouldBe() {
        LatencyStats stats = new LatencyStats();
        for (int ms = 1; ms <= 1000; ms++) {
            stats.recordNanos(TimeUnit.MILLISECONDS.toNanos(ms));
        }
        assertEquals(1000, stats.count());
        assertEquals(500, stats.percentileMillis(50), 1);
        assertEquals(950, stats.percentileMillis(95), 1);
        assertEquals(990, stats.percentileMillis(99), 1);
        assertEquals(1000, stats.maxMillis(), 1);
    }

    @Test
    void statsOfSeveralWorkersAddUp() {
        LatencyStats fast = new LatencyStats();
        LatencyStats slow = new LatencyStats();
        for (int i = 0; i < 90; i++) {
            fast.recordNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        for (int i = 0; i < 10; i++) {
            slow.recordNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        LatencyStats all = new LatencyStats();
        all.add(fast);
        all.add(slow);
        assertEquals(100, all.count());
        assertEquals(2, all.percentileMillis(50), 0.01);
        assertEquals(200, all.percentileMillis(95), 0.2);
        assertEquals("p50 2.0 ms  p99 200.1 ms  max 200.1 ms", all.summary(50, 99));
    }

    @Test
    void noRequestsMeansZeroesAndTinyOrHugeValuesAreKept() {
        LatencyStats stats = new LatencyStats();
        assertEquals(0, stats.percentileMillis(99));
        assertEquals(0, stats.maxMillis());
        stats.recordNanos(10);
        stats.recordNanos(TimeUnit.HOURS.toNanos(1));
        assertEquals(2, stats.count());
        assertEquals(300_000, stats.maxMillis(), 300);
    }
}
