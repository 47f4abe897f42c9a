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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signing benchmark: seeds verified citizens with personal access tokens and one open petition through JDBC,
 * lets writer threads sign it (each citizen once, with their own bearer token) while reader threads poll its
 * count, then checks that every accepted signature is stored and displayed exactly once, and measures the
 * database's raw durable insert rate for comparison. Started by {@code load-tests/signing-benchmark.sh}, which
 * runs the platform for it.
 */
public final class SigningBenchmark {

    static final String SIGN_BODY = "{\"publicName\":false,\"notify\":false}";
    static final String SIGNED = "201 SIGNED";
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern SIGNATURES = Pattern.compile("\"signatures\"\\s*:\\s*(\\d+)");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final BenchmarkSettings settings;

    private SigningBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        BenchmarkSettings settings;
        try {
            settings = BenchmarkSettings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("[benchmark] " + e.getMessage());
            System.exit(64);
            return;
        }
        try {
            System.exit(new SigningBenchmark(settings).run());
        } catch (Exception e) {
            System.err.println("[benchmark] failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private int run() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        say("Seeding " + settings.citizens() + " verified citizens with access tokens and one open petition "
                + "(JDBC, batches of " + settings.seedBatch() + ")");
        long seedStart = System.nanoTime();
        List<Citizen> citizens;
        long petition;
        try (Connection db = connect()) {
            citizens = Seeding.citizens(db, run, settings.citizens(), settings.seedBatch());
            petition = Seeding.openPetition(db, citizens.get(0), run);
        }
        say(String.format(Locale.ROOT, "Seeded in %.1f s; petition number %d", secondsSince(seedStart), petition));

        URI signUri = settings.base().resolve("api/petitions/" + petition + "/signatures");
        URI countUri = settings.base().resolve("api/petitions/" + petition + "/count");
        HttpClient probe = client();
        HttpResponse<String> first = probe.send(get(countUri), HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            say("GET " + countUri + " answered " + first.statusCode() + ": the petitions API is not available in "
                    + "this build, so there is nothing to measure.");
            return 3;
        }

        Load load = new Load(citizens, signUri, countUri);
        load.run();
        Check check = settle(load, countUri, petition);
        say(String.format(Locale.ROOT, "Measuring MariaDB's raw durable insert rate: %d connections, %d s",
                settings.writers(), settings.rawSeconds()));
        RawInsertRate.Result raw = RawInsertRate.measure(settings.jdbcUrl(), settings.dbUser(),
                settings.dbPassword(), settings.writers(), settings.rawSeconds());
        report(load, check, raw);
        return check.lost() == 0 && check.doubled() == 0 && check.displayed() == check.rows() ? 0 : 1;
    }

    /** The writers and readers, their stats, and the measured window (after the warm-up). */
    private final class Load {

        final List<Citizen> citizens;
        final URI signUri;
        final URI countUri;
        final AtomicInteger nextCitizen = new AtomicInteger();
        final AtomicBoolean ranOut = new AtomicBoolean();
        final Outcomes signing = new Outcomes();
        final Outcomes reading = new Outcomes();
        final LatencyStats signLatency = new LatencyStats();
        final LatencyStats readLatency = new LatencyStats();
        final LongAdder accepted = new LongAdder();
        final LongAdder acceptedInWindow = new LongAdder();
        final LongAdder readsInWindow = new LongAdder();
        final LongAdder unanswered = new LongAdder();
        final LongAdder countWentBack = new LongAdder();
        final AtomicLong lastSigning = new AtomicLong();
        long windowStart;
        long end;

        Load(List<Citizen> citizens, URI signUri, URI countUri) {
            this.citizens = citizens;
            this.signUri = signUri;
            this.countUri = countUri;
        }

        void run() throws Exception {
            say(String.format(Locale.ROOT, "Signing for %d s (+%d s warm-up) with %d writers, %d readers polling "
                    + "the count", settings.seconds(), settings.warmupSeconds(), settings.writers(),
                    settings.readers()));
            long start = System.nanoTime();
            windowStart = start + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
            end = windowStart + TimeUnit.SECONDS.toNanos(settings.seconds());
            ExecutorService pool = Executors.newFixedThreadPool(settings.writers() + settings.readers());
            List<Future<LatencyStats>> writers = new ArrayList<>();
            List<Future<LatencyStats>> readers = new ArrayList<>();
            for (int i = 0; i < settings.writers(); i++) {
                writers.add(pool.submit(this::write));
            }
            for (int i = 0; i < settings.readers(); i++) {
                readers.add(pool.submit(this::read));
            }
            for (Future<LatencyStats> writer : writers) {
                signLatency.add(writer.get());
            }
            for (Future<LatencyStats> reader : readers) {
                readLatency.add(reader.get());
            }
            pool.shutdown();
            if (ranOut.get()) {
                say("All " + citizens.size() + " citizens signed before the time was up; raise BENCH_CITIZENS "
                        + "for a full run. Rates are over the time it took.");
            }
        }

        /** Seconds of the measured window: to its end, or to the last signature if the citizens ran out. */
        double windowSeconds() {
            long until = ranOut.get() ? Math.min(end, lastSigning.get()) : end;
            return Math.max(0.001, (until - windowStart) / 1e9);
        }

        private LatencyStats write() throws InterruptedException {
            LatencyStats stats = new LatencyStats();
            HttpClient client = client();
            while (System.nanoTime() < end) {
                int number = nextCitizen.getAndIncrement();
                if (number >= citizens.size()) {
                    ranOut.set(true);
                    break;
                }
                HttpRequest request = HttpRequest.newBuilder(signUri).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + citizens.get(number).token())
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SIGN_BODY)).build();
                long sent = System.nanoTime();
                String outcome;
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long done = System.nanoTime();
                    outcome = outcomeOf(response.statusCode(), response.body());
                    if (sent >= windowStart) {
                        stats.recordNanos(done - sent);
                    }
                    if (outcome.equals(SIGNED)) {
                        accepted.increment();
                        if (sent >= windowStart) {
                            acceptedInWindow.increment();
                        }
                    }
                    lastSigning.accumulateAndGet(done, Math::max);
                } catch (IOException e) {
                    unanswered.increment();
                    outcome = e.getClass().getSimpleName();
                }
                signing.count(outcome);
            }
            return stats;
        }

        private LatencyStats read() throws InterruptedException {
            LatencyStats stats = new LatencyStats();
            HttpClient client = client();
            long lastSeen = -1;
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                try {
                    HttpResponse<String> response = client.send(get(countUri), HttpResponse.BodyHandlers.ofString());
                    long done = System.nanoTime();
                    reading.count(Integer.toString(response.statusCode()));
                    if (sent >= windowStart) {
                        stats.recordNanos(done - sent);
                        readsInWindow.increment();
                    }
                    long shown = signaturesIn(response.body());
                    if (shown >= 0 && shown < lastSeen) {
                        countWentBack.increment();
                    }
                    lastSeen = Math.max(lastSeen, shown);
                } catch (IOException e) {
                    reading.count(e.getClass().getSimpleName());
                }
            }
            return stats;
        }
    }

    record Check(long accepted, long unanswered, long alreadySigned, long displayed, long rows, long allRows,
                 long distinctSigners, long tally, double settleSeconds) {

        /** Signatures answered 201 that the database does not hold. */
        long lost() {
            return Math.max(0, accepted - rows);
        }

        /**
         * Rows beyond one per signer, plus valid rows that no 201 answer and no unanswered request explains.
         */
        long doubled() {
            return (allRows - distinctSigners) + Math.max(0, rows - accepted - unanswered);
        }
    }

    /** Waits until the displayed count reaches the accepted signatures (or the settle time is up), then counts rows. */
    private Check settle(Load load, URI countUri, long petition) throws Exception {
        long accepted = load.accepted.sum();
        say("Waiting for the count to settle at " + accepted + " (at most " + settings.settleSeconds() + " s)");
        HttpClient client = client();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(settings.settleSeconds());
        long displayed = -1;
        while (true) {
            try {
                displayed = signaturesIn(client.send(get(countUri), HttpResponse.BodyHandlers.ofString()).body());
            } catch (IOException e) {
                displayed = -1;
            }
            if (displayed == accepted || System.nanoTime() >= deadline) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        double settled = secondsSince(start);
        try (Connection db = connect();
             PreparedStatement rows = db.prepareStatement("""
                     SELECT COALESCE(SUM(status = 'VALID'), 0), COUNT(*), COUNT(DISTINCT signer_key)
                     FROM pet_signature WHERE petition_id = ?""");
             PreparedStatement tally = db.prepareStatement(
                     "SELECT signatures FROM pet_tally WHERE petition_id = ?")) {
            rows.setLong(1, petition);
            tally.setLong(1, petition);
            try (ResultSet counted = rows.executeQuery(); ResultSet folded = tally.executeQuery()) {
                counted.next();
                return new Check(accepted, load.unanswered.sum(), load.signing.get("200 ALREADY_SIGNED"), displayed,
                        counted.getLong(1), counted.getLong(2), counted.getLong(3),
                        folded.next() ? folded.getLong(1) : -1, settled);
            }
        }
    }

    private void report(Load load, Check check, RawInsertRate.Result raw) {
        double window = load.windowSeconds();
        double signaturesPerSecond = load.acceptedInWindow.sum() / window;
        System.out.println();
        System.out.println("== Signing benchmark ==");
        System.out.printf(Locale.ROOT, "window             %.1f s after %d s warm-up, %d writers, %d readers%n",
                window, settings.warmupSeconds(), settings.writers(), settings.readers());
        System.out.printf(Locale.ROOT, "signatures/s       %.0f  (%d accepted in the window, %d in all)%n",
                signaturesPerSecond, load.acceptedInWindow.sum(), check.accepted());
        System.out.println("signing latency    " + load.signLatency.summary(50, 95, 99));
        System.out.printf(Locale.ROOT, "reads/s            %.0f%n", load.readsInWindow.sum() / window);
        System.out.println("read latency       " + load.readLatency.summary(50, 99));
        System.out.println("signing errors     " + describe(load.signing.except(SIGNED)));
        System.out.println("read errors        " + describe(load.reading.except("200")));
        System.out.println("count went back    " + load.countWentBack.sum() + " times (a reader saw a smaller count "
                + "than before)");
        System.out.println();
        System.out.printf(Locale.ROOT, "final check        accepted %d, valid rows %d, displayed %d, tally row %d "
                + "(settled after %.1f s)%n", check.accepted(), check.rows(), check.displayed(), check.tally(),
                check.settleSeconds());
        System.out.println("lost: " + check.lost() + ", doubled: " + check.doubled()
                + (check.displayed() == check.rows() ? "" : ", displayed count differs from the rows by "
                + (check.displayed() - check.rows()))
                + (check.unanswered() == 0 ? "" : " (" + check.unanswered() + " requests got no answer)"));
        System.out.println();
        System.out.printf(Locale.ROOT, "raw inserts/s      %.0f  (%d connections, autocommit single-row INSERTs "
                        + "with a unique key; innodb_flush_log_at_trx_commit=%s, sync_binlog=%s, log_bin=%s)%n",
                raw.perSecond(), settings.writers(), raw.flushLogAtCommit(), raw.syncBinlog(), raw.logBin());
        if (!"1".equals(raw.flushLogAtCommit())) {
            System.out.println("                   warning: innodb_flush_log_at_trx_commit is not 1, commits are "
                    + "not durable and the raw rate is flattering");
        }
        System.out.printf(Locale.ROOT, "ratio              %.2f  (signatures/s ÷ raw inserts/s)%n",
                raw.perSecond() == 0 ? 0 : signaturesPerSecond / raw.perSecond());
    }

    static String outcomeOf(int status, String body) {
        Matcher outcome = OUTCOME.matcher(body == null ? "" : body);
        return outcome.find() ? status + " " + outcome.group(1) : Integer.toString(status);
    }

    /** The {@code signatures} figure of a count answer, or -1. */
    static long signaturesIn(String body) {
        Matcher matcher = SIGNATURES.matcher(body == null ? "" : body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    static String describe(Map<String, Long> outcomes) {
        if (outcomes.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        outcomes.forEach((outcome, count) -> text.append(text.length() == 0 ? "" : ", ").append(outcome)
                .append(": ").append(count));
        return text.toString();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET()
                .build();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void say(String message) {
        System.out.println("[benchmark] " + message);
    }
}
