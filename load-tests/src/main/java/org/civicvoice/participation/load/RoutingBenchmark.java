package org.civicvoice.participation.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The officials' side under load: seeds many cases (half of them in one ministry's queue) and an official with a
 * personal access token straight into the database, then asks each read officials and the public make, one after
 * the other, with several threads for a fixed time: the first page of the queue, the overdue filter, the counts
 * by state, a case file, and the transparency figures as JSON and as a page. Prints requests per second, latency
 * percentiles and errors for each. Knobs: BENCH_CASES, BENCH_SECONDS (per read), BENCH_READERS.
 */
public final class RoutingBenchmark {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String QUEUE_BODY = "ministry-of-health";

    private final String baseUrl;
    private final String jdbcUrl;
    private final int cases;
    private final int seconds;
    private final int readers;

    private RoutingBenchmark(Map<String, String> env) {
        this.baseUrl = env.getOrDefault("BENCH_BASE_URL", "http://localhost:8280");
        this.jdbcUrl = env.getOrDefault("BENCH_JDBC_URL", "jdbc:mariadb://127.0.0.1:3317/participation");
        this.cases = Integer.parseInt(env.getOrDefault("BENCH_CASES", "20000"));
        this.seconds = Integer.parseInt(env.getOrDefault("BENCH_SECONDS", "15"));
        this.readers = Integer.parseInt(env.getOrDefault("BENCH_READERS", "8"));
    }

    public static void main(String[] args) throws Exception {
        System.exit(new RoutingBenchmark(System.getenv()).run());
    }

    private int run() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String token;
        long someCase;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            long started = System.nanoTime();
            Citizen official = Seeding.citizens(db, "routing-" + run, 1, 1).get(0);
            makeOfficial(db, official);
            seedCases(db, run);
            someCase = anyCaseOf(db);
            token = official.token();
            say(String.format(Locale.ROOT, "Seeded %,d cases (%,d in the queue of %s) and one official in %.1f s",
                    cases, cases / 2, QUEUE_BODY, (System.nanoTime() - started) / 1e9));
        }
        say(String.format(Locale.ROOT, "%d readers, %d s per read, warm-up 5 s each", readers, seconds));
        boolean clean = true;
        clean &= measure("queue, first page", "/api/cases?body=" + QUEUE_BODY + "&limit=20", token);
        clean &= measure("queue, overdue", "/api/cases?body=" + QUEUE_BODY + "&due=overdue&limit=20", token);
        clean &= measure("counts by state", "/api/cases/counts?body=" + QUEUE_BODY, token);
        clean &= measure("case file", "/api/cases/" + someCase, token);
        clean &= measure("transparency JSON", "/api/transparency", null);
        clean &= measure("transparency page", "/transparency.xhtml", null);
        return clean ? 0 : 1;
    }

    private static void makeOfficial(Connection db, Citizen official) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO idn_membership (account_id, body_id, position, body_role, created_at)
                SELECT a.id, b.id, 'Benchmark officer', 'OFFICIAL', ? FROM idn_account a, org_body b
                WHERE a.account_key = ? AND b.slug = ?""")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, official.accountKey());
            insert.setString(3, QUEUE_BODY);
            insert.executeUpdate();
        }
    }

    /**
     * Cases spread over every body, half in the measured queue, in every state, due over the past and next
     * months, a third of them answered; no reminder or escalation pending, so the scan does not work during the
     * measurement.
     */
    private void seedCases(Connection db, String run) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE bench_seq (n INT PRIMARY KEY)");
            statement.execute("INSERT INTO bench_seq (n) SELECT seq FROM seq_1_to_" + cases);
            statement.execute("""
                    CREATE TEMPORARY TABLE bench_body (k INT PRIMARY KEY, id BIGINT)
                    SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM org_body""");
            long bodies;
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM bench_body")) {
                count.next();
                bodies = count.getLong(1);
            }
            statement.executeUpdate("""
                    INSERT INTO rte_case (case_type, item_kind, item_id, title, item_link, body_id, state, route_reason_key,
                                          created_at, due_at, answered_at, closed_at, version)
                    SELECT 'PROPOSAL', 'PROPOSAL', 1000000000 + s.n + %d, CONCAT('Benchmark case ', s.n), '/',
                           CASE WHEN s.n %% 2 = 0 THEN q.id ELSE o.id END,
                           ELT(1 + s.n %% 6, 'NEW', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'ANSWERED', 'CLOSED'),
                           'routing.reason.addressed',
                           NOW(6) - INTERVAL (s.n %% 90) DAY,
                           NOW(6) + INTERVAL ((s.n %% 120) - 60) DAY,
                           CASE WHEN s.n %% 6 >= 4 THEN NOW(6) - INTERVAL (s.n %% 30) DAY END,
                           CASE WHEN s.n %% 6 = 5 THEN NOW(6) END, 0
                    FROM bench_seq s JOIN org_body q ON q.slug = '%s' JOIN bench_body o ON o.k = s.n %% %d""".formatted(
                    Math.abs(run.hashCode() % 1_000_000) * 100_000L, QUEUE_BODY, bodies));
            statement.execute("DROP TEMPORARY TABLE bench_seq");
            statement.execute("DROP TEMPORARY TABLE bench_body");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static long anyCaseOf(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT MAX(c.id) FROM rte_case c JOIN org_body b ON b.id = c.body_id WHERE b.slug = '%s'"""
                     .formatted(QUEUE_BODY))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Warms up for five seconds, then measures; true if no request failed. */
    private boolean measure(String name, String path, String token) throws Exception {
        URI uri = URI.create(baseUrl + path);
        load(uri, token, Duration.ofSeconds(5));
        Result result = load(uri, token, Duration.ofSeconds(seconds));
        say(String.format(Locale.ROOT, "%-20s %,8.0f requests/s  %s  errors %d", name,
                result.latencies().count() / (double) seconds, result.latencies().summary(50, 95, 99),
                result.errors()));
        return result.errors() == 0;
    }

    private Result load(URI uri, String token, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<Future<LatencyStats>> workers = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            workers.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET();
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpRequest built = request.build();
                LatencyStats stats = new LatencyStats();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(built, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    stats.recordNanos(System.nanoTime() - start);
                }
                return stats;
            }));
        }
        LatencyStats all = new LatencyStats();
        for (Future<LatencyStats> worker : workers) {
            all.add(worker.get());
        }
        pool.shutdown();
        return new Result(all, errors.get());
    }

    private record Result(LatencyStats latencies, long errors) {
    }

    private static void say(String message) {
        System.out.println("[benchmark] " + message);
    }
}
