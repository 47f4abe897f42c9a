package org.civicvoice.participation.load;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * Latencies of one kind of request, in microseconds, with three significant digits. One instance per worker
 * thread (not thread-safe); the workers' stats are added up at the end.
 */
final class LatencyStats {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Histogram histogram = new Histogram(1, HIGHEST_MICROS, 3);

    void recordNanos(long nanos) {
        long micros = Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos));
        histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
    }

    void add(LatencyStats other) {
        histogram.add(other.histogram);
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The latency below which {@code percentile} per cent of the requests stayed, in milliseconds. */
    double percentileMillis(double percentile) {
        return count() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return count() == 0 ? 0 : histogram.getMaxValue() / 1000.0;
    }

    /** "p50 1.2 ms  p95 ..." for the given percentiles, plus the maximum. */
    String summary(double... percentiles) {
        StringBuilder text = new StringBuilder();
        for (double p : percentiles) {
            text.append(String.format(java.util.Locale.ROOT, "p%s %.1f ms  ", label(p), percentileMillis(p)));
        }
        return text.append(String.format(java.util.Locale.ROOT, "max %.1f ms", maxMillis())).toString();
    }

    private static String label(double percentile) {
        return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
    }
}
