package org.civicvoice.participation.load;

import java.net.URI;
import java.util.Map;

/** The knobs of the signing benchmark, from the environment (see the README's "Benchmarks"). */
record BenchmarkSettings(URI base, String jdbcUrl, String dbUser, String dbPassword, int citizens, int writers,
                         int readers, int seconds, int warmupSeconds, int settleSeconds, int rawSeconds,
                         int seedBatch) {

    static BenchmarkSettings from(Map<String, String> env) {
        String base = env.getOrDefault("BENCH_BASE_URL", "http://localhost:8280").replaceAll("/+$", "");
        if (!base.matches("http://(localhost|127\\.[0-9.]+|\\[::1\\])(:\\d+)?")) {
            throw new IllegalArgumentException("Refusing to load " + base
                    + ": only a platform on this machine is measured (http://localhost:PORT).");
        }
        return new BenchmarkSettings(URI.create(base + "/"),
                env.getOrDefault("BENCH_JDBC_URL", "jdbc:mariadb://127.0.0.1:3317/participation"),
                env.getOrDefault("BENCH_DB_USER", "root"),
                env.getOrDefault("BENCH_DB_PASSWORD", ""),
                number(env, "BENCH_CITIZENS", 60_000, 1),
                number(env, "BENCH_WRITERS", 16, 1),
                number(env, "BENCH_READERS", 4, 0),
                number(env, "BENCH_SECONDS", 60, 1),
                number(env, "BENCH_WARMUP_SECONDS", 30, 0),
                number(env, "BENCH_SETTLE_SECONDS", 30, 1),
                number(env, "BENCH_RAW_SECONDS", 10, 1),
                number(env, "BENCH_SEED_BATCH", 1000, 1));
    }

    private static int number(Map<String, String> env, String name, int fallback, int min) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of at least " + min + ", not '"
                    + value + "'");
        }
    }
}
