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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The large-consultation measurement: seeds through JDBC an open consultation whose draft has 303 units (3 chapters,
 * 60 sections, 240 subsections) in two published versions (every fourth subsection changed in the second) and 5,000
 * comments spread over the units, then times, one request at a time, the public page with the per-unit counts, the
 * consultation's JSON with its structure, and the diff of the two versions. Started by
 * {@code load-tests/consultation-benchmark.sh}, which runs the platform for it. It measures and prints; it asserts
 * nothing about time.
 */
public final class ConsultationPageBenchmark {

    static final int COMMENTS = 5_000;
    static final int REPEATS = 30;
    static final int WARMUP = 10;

    private final BenchmarkSettings settings;

    private ConsultationPageBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        try {
            System.exit(new ConsultationPageBenchmark(BenchmarkSettings.from(System.getenv())).run());
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
        long consultation;
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
            List<Citizen> authors = Seeding.citizens(db, run, 200, 200);
            consultation = seed(db, run, authors);
        }
        System.out.printf(Locale.ROOT, "[benchmark] Seeded consultation %d (303 units in two versions, %d comments) "
                + "in %.1f s%n", consultation, COMMENTS, (System.nanoTime() - start) / 1e9);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI page = settings.base().resolve("consultation/view.xhtml?number=" + consultation);
        URI json = settings.base().resolve("api/consultations/" + consultation);
        URI diff = settings.base().resolve("api/consultations/" + consultation + "/versions/1/diff/2");
        System.out.println();
        System.out.println("== Consultation with 303 units and 5,000 comments ==");
        report("page with per-unit counts", client, page, "text/html");
        report("consultation JSON", client, json, "application/json");
        report("diff of two 303-unit versions", client, diff, "application/json");
        return 0;
    }

    private static void report(String name, HttpClient client, URI uri, String accept) throws Exception {
        LatencyStats stats = new LatencyStats();
        long bytes = 0;
        int status = 0;
        for (int i = 0; i < WARMUP + REPEATS; i++) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept)
                    .GET().build();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long done = System.nanoTime();
                status = response.statusCode();
                bytes = response.body().length();
                if (i >= WARMUP) {
                    stats.recordNanos(done - sent);
                }
            } catch (IOException e) {
                status = -1;
            }
        }
        System.out.printf(Locale.ROOT, "%-32s status %d, %,d characters, %s (%d requests after %d warm-up)%n", name,
                status, bytes, stats.summary(50, 99), REPEATS, WARMUP);
    }

    private static long seed(Connection db, String run, List<Citizen> authors) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp past = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        Timestamp later = Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS));
        List<Long> authorIds = new ArrayList<>();
        try (PreparedStatement ids = db.prepareStatement("SELECT id FROM idn_account WHERE email LIKE ?")) {
            ids.setString(1, "signer-" + run + "-%");
            try (ResultSet rows = ids.executeQuery()) {
                while (rows.next()) {
                    authorIds.add(rows.getLong(1));
                }
            }
        }
        long consultation;
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO con_consultation (body_id, topic_id, title, summary, contact, opens_at, closes_at, state,
                  text_version, created_by_id, created_at, opened_at)
                SELECT b.id, t.id, ?, 'A large draft for measuring.', 'drafts@transport.example', ?, ?, 'OPEN', 2, ?, ?, ?
                FROM org_body b, org_topic t WHERE b.slug = 'ministry-of-transport' AND t.slug = 'transport'""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Large draft " + run);
            insert.setTimestamp(2, past);
            insert.setTimestamp(3, later);
            insert.setLong(4, authorIds.get(0));
            insert.setTimestamp(5, past);
            insert.setTimestamp(6, past);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                consultation = key.getLong(1);
            }
        }
        List<String> keys = new ArrayList<>();
        for (int version = 1; version <= 2; version++) {
            long versionId;
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO con_version (consultation_id, number, style, source, preamble, imported_by_id,
                      created_at, published_at) VALUES (?, ?, 'ESTONIAN', 'generated', '', ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, consultation);
                insert.setInt(2, version);
                insert.setLong(3, authorIds.get(0));
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    versionId = key.getLong(1);
                }
            }
            try (PreparedStatement unit = db.prepareStatement("""
                    INSERT INTO con_unit (version_id, position, unit_key, eid, kind, label, number_base,
                      number_inserted, heading, text, notes, depth, parent_position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, NULL, ?, ?)""")) {
                int position = 0;
                int section = 0;
                for (int c = 1; c <= 3; c++) {
                    int chapter = position;
                    add(unit, versionId, position++, keys, version, "chp_" + c, "CHAPTER", "Chapter " + c, c,
                            "Chapter " + c + " of the draft", "", 0, -1);
                    for (int s = 1; s <= 20; s++) {
                        section++;
                        int parent = position;
                        add(unit, versionId, position++, keys, version, "chp_" + c + "__sec_" + section, "SECTION",
                                "§ " + section + ".", section, "Section " + section, "", 1, chapter);
                        for (int k = 1; k <= 4; k++) {
                            String text = "Subsection " + k + " of section " + section + " says what the body does "
                                    + "when a citizen asks for a document and within how many days it answers.";
                            if (version == 2 && k == 4) {
                                text = text.replace("within how many days", "within ten working days");
                            }
                            add(unit, versionId, position++, keys, version, "chp_" + c + "__sec_" + section
                                    + "__subsec_" + k, "SUBSECTION", "(" + k + ")", k, "", text, 2, parent);
                        }
                    }
                }
                unit.executeBatch();
            }
        }
        try (PreparedStatement comment = db.prepareStatement("""
                INSERT INTO con_comment (consultation_id, unit_key, version_number, author_id, text, created_at)
                VALUES (?, ?, 1, ?, ?, ?)""")) {
            for (int i = 0; i < COMMENTS; i++) {
                comment.setLong(1, consultation);
                comment.setString(2, i % 10 == 0 ? null : keys.get((i * 7) % keys.size()));
                comment.setLong(3, authorIds.get(i % authorIds.size()));
                comment.setString(4, "Comment " + i + ": please say who decides and by when.");
                comment.setTimestamp(5, now);
                comment.addBatch();
                if (i % 500 == 499) {
                    comment.executeBatch();
                }
            }
            comment.executeBatch();
        }
        return consultation;
    }

    private static void add(PreparedStatement unit, long versionId, int position, List<String> keys, int version,
                            String eid, String kind, String label, int number, String heading, String text,
                            int depth, int parent) throws SQLException {
        if (version == 1) {
            keys.add(UUID.randomUUID().toString());
        }
        unit.setLong(1, versionId);
        unit.setInt(2, position);
        unit.setString(3, keys.get(position));
        unit.setString(4, eid);
        unit.setString(5, kind);
        unit.setString(6, label);
        unit.setInt(7, number);
        unit.setString(8, heading);
        unit.setString(9, text);
        unit.setInt(10, depth);
        unit.setInt(11, parent);
        unit.addBatch();
    }
}
