package org.civicvoice.participation.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The voting-day benchmark: seeds verified citizens with access tokens and a budget in its voting phase (one
 * heading, {@value #PROJECTS} feasible projects) through JDBC, lets writer threads submit ballots (each citizen once,
 * a money ballot within the heading's amount, with their own bearer token), then checks that every accepted ballot
 * is stored once with exactly its projects and that no stored ballot exceeds the money. Started by
 * {@code load-tests/ballot-benchmark.sh}, which runs the platform for it.
 */
public final class BallotBenchmark {

    static final int PROJECTS = 20;
    static final long AMOUNT = 1_000_000;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final BenchmarkSettings settings;

    private BallotBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        try {
            System.exit(new BallotBenchmark(BenchmarkSettings.from(System.getenv())).run());
        } catch (IllegalArgumentException e) {
            System.err.println("[benchmark] " + e.getMessage());
            System.exit(64);
        } catch (Exception e) {
            System.err.println("[benchmark] failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private int run() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        say("Seeding " + settings.citizens() + " verified citizens with access tokens and a budget in its voting phase");
        long seedStart = System.nanoTime();
        List<Citizen> citizens;
        long[] projects;
        long[] costs = new long[PROJECTS];
        String slug = "bench-" + run;
        try (Connection db = connect()) {
            citizens = Seeding.citizens(db, run, settings.citizens(), settings.seedBatch());
            projects = seedBudget(db, slug, costs);
        }
        say(String.format(Locale.ROOT, "Seeded in %.1f s; budget %s", secondsSince(seedStart), slug));

        URI ballotUri = settings.base().resolve("api/budgets/" + slug + "/headings/all/ballot");
        AtomicInteger next = new AtomicInteger();
        LongAdder accepted = new LongAdder();
        LongAdder acceptedInWindow = new LongAdder();
        LongAdder acceptedLines = new LongAdder();
        Outcomes outcomes = new Outcomes();
        long start = System.nanoTime();
        long windowStart = start + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
        long end = windowStart + TimeUnit.SECONDS.toNanos(settings.seconds());
        long[] lastAnswer = new long[1];
        say(String.format(Locale.ROOT, "Voting for %d s (+%d s warm-up) with %d writers", settings.seconds(),
                settings.warmupSeconds(), settings.writers()));
        ExecutorService pool = Executors.newFixedThreadPool(settings.writers());
        List<Future<LatencyStats>> writers = new ArrayList<>();
        for (int w = 0; w < settings.writers(); w++) {
            writers.add(pool.submit(() -> {
                LatencyStats stats = new LatencyStats();
                HttpClient client = client();
                while (System.nanoTime() < end) {
                    int number = next.getAndIncrement();
                    if (number >= citizens.size()) {
                        break;
                    }
                    List<Long> chosen = ballotOf(number, projects, costs);
                    HttpRequest request = HttpRequest.newBuilder(ballotUri).timeout(REQUEST_TIMEOUT)
                            .header("Authorization", "Bearer " + citizens.get(number).token())
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"projects\":" + chosen + "}")).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        outcomes.count(Integer.toString(response.statusCode()));
                        if (sent >= windowStart) {
                            stats.recordNanos(done - sent);
                        }
                        if (response.statusCode() == 200) {
                            accepted.increment();
                            acceptedLines.add(chosen.size());
                            if (sent >= windowStart) {
                                acceptedInWindow.increment();
                            }
                        }
                        synchronized (lastAnswer) {
                            lastAnswer[0] = Math.max(lastAnswer[0], done);
                        }
                    } catch (IOException e) {
                        outcomes.count(e.getClass().getSimpleName());
                    }
                }
                return stats;
            }));
        }
        LatencyStats latency = new LatencyStats();
        for (Future<LatencyStats> writer : writers) {
            latency.add(writer.get());
        }
        pool.shutdown();
        boolean ranOut = next.get() >= citizens.size();
        long until = ranOut ? Math.min(end, lastAnswer[0]) : end;
        double window = Math.max(0.001, (until - windowStart) / 1e9);

        long ballots;
        long lines;
        long overBudget;
        try (Connection db = connect();
             PreparedStatement counts = db.prepareStatement("""
                     SELECT COUNT(DISTINCT b.id), COUNT(l.project_id) FROM bud_ballot b
                     JOIN bud_heading h ON h.id = b.heading_id JOIN bud_process p ON p.id = h.process_id
                     LEFT JOIN bud_ballot_line l ON l.ballot_id = b.id WHERE p.slug = ?""");
             PreparedStatement over = db.prepareStatement("""
                     SELECT COUNT(*) FROM (SELECT b.id, SUM(pr.cost) AS spent FROM bud_ballot b
                     JOIN bud_heading h ON h.id = b.heading_id JOIN bud_process p ON p.id = h.process_id
                     JOIN bud_ballot_line l ON l.ballot_id = b.id JOIN bud_project pr ON pr.id = l.project_id
                     WHERE p.slug = ? GROUP BY b.id, h.amount HAVING spent > h.amount) o""")) {
            counts.setString(1, slug);
            over.setString(1, slug);
            try (ResultSet c = counts.executeQuery(); ResultSet o = over.executeQuery()) {
                c.next();
                o.next();
                ballots = c.getLong(1);
                lines = c.getLong(2);
                overBudget = o.getLong(1);
            }
        }
        System.out.println();
        System.out.println("== Ballot benchmark ==");
        System.out.printf(Locale.ROOT, "window             %.1f s after %d s warm-up, %d writers%s%n", window,
                settings.warmupSeconds(), settings.writers(), ranOut ? " (the citizens ran out before the end)" : "");
        System.out.printf(Locale.ROOT, "ballots/s          %.0f  (%d accepted in the window, %d in all)%n",
                acceptedInWindow.sum() / window, acceptedInWindow.sum(), accepted.sum());
        System.out.println("ballot latency     " + latency.summary(50, 95, 99));
        System.out.println("errors             " + SigningBenchmark.describe(outcomes.except("200")));
        System.out.printf(Locale.ROOT, "final check        accepted %d ballots with %d projects; stored %d ballots "
                + "with %d projects; over the money: %d%n", accepted.sum(), acceptedLines.sum(), ballots, lines,
                overBudget);
        boolean exact = ballots == accepted.sum() && lines == acceptedLines.sum() && overBudget == 0;
        System.out.println(exact ? "counts exact" : "COUNTS DIFFER");
        return exact ? 0 : 1;
    }

    /** A ballot within the money: projects in a citizen-specific order, each taken while it fits. */
    static List<Long> ballotOf(int citizen, long[] projects, long[] costs) {
        Random random = new Random(citizen);
        List<Long> chosen = new ArrayList<>();
        long left = AMOUNT;
        int first = random.nextInt(projects.length);
        for (int i = 0; i < projects.length && chosen.size() < 6; i++) {
            int p = (first + i * 7) % projects.length;
            if (costs[p] <= left && random.nextInt(3) > 0) {
                chosen.add(projects[p]);
                left -= costs[p];
            }
        }
        return chosen;
    }

    private static long[] seedBudget(Connection db, String slug, long[] costs) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp past = Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS));
        Timestamp later = Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS));
        try (PreparedStatement process = db.prepareStatement("""
                INSERT INTO bud_process (slug, body_id, name, description, currency, ballot_kind, min_projects,
                  min_share_percent, result_rule, min_assurance, phase, review_at, voting_at, results_at, seed,
                  imported, created_at)
                SELECT ?, b.id, 'Benchmark budget', '', 'USD', 'MONEY', 0, 0, 'EQUAL_SHARES', 'EMAIL_VERIFIED',
                  'VOTING', ?, ?, ?, 'benchmark', FALSE, ? FROM org_body b WHERE b.slug = 'capital-city'""")) {
            process.setString(1, slug);
            process.setTimestamp(2, past);
            process.setTimestamp(3, past);
            process.setTimestamp(4, later);
            process.setTimestamp(5, now);
            process.executeUpdate();
        }
        try (PreparedStatement heading = db.prepareStatement("""
                INSERT INTO bud_heading (process_id, slug, name, amount, position)
                SELECT id, 'all', 'Whole city', ?, 0 FROM bud_process WHERE slug = ?""")) {
            heading.setLong(1, AMOUNT);
            heading.setString(2, slug);
            heading.executeUpdate();
        }
        long[] ids = new long[PROJECTS];
        try (PreparedStatement project = db.prepareStatement("""
                INSERT INTO bud_project (process_id, heading_id, external_id, title, description, language,
                  estimated_cost, cost, state, created_at)
                SELECT p.id, h.id, ?, ?, '', 'en', ?, ?, 'FEASIBLE', ? FROM bud_process p
                JOIN bud_heading h ON h.process_id = p.id WHERE p.slug = ?""", new String[] {"id"})) {
            for (int i = 0; i < PROJECTS; i++) {
                costs[i] = 20_000 + 9_000L * i;
                project.setString(1, "p" + i);
                project.setString(2, "Benchmark project " + i);
                project.setLong(3, costs[i]);
                project.setLong(4, costs[i]);
                project.setTimestamp(5, now);
                project.setString(6, slug);
                project.executeUpdate();
                try (ResultSet key = project.getGeneratedKeys()) {
                    key.next();
                    ids[i] = key.getLong(1);
                }
            }
        }
        return ids;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void say(String message) {
        System.out.println("[benchmark] " + message);
    }
}
