package org.civicvoice.participation.load;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Puts the benchmark's people and petition straight into the database. Going through the platform would make
 * each account sign in with its password first (210,000 PBKDF2 iterations, tens of milliseconds of CPU each):
 * for 60,000 citizens that is longer than the benchmark and measures the wrong thing. The rows are the ones the
 * platform itself writes for a verified citizen with a personal access token.
 */
final class Seeding {

    static final String INSERT_ACCOUNT = """
            INSERT INTO idn_account (account_key, email, email_verified_at, display_name, language, assurance, \
            status, created_at, version) VALUES (?, ?, ?, ?, 'en', 'EMAIL_VERIFIED', 'ACTIVE', ?, 0)""";

    /** Bulk batches take only plain VALUES, so the account ids are read back first (see {@link #idsOf}). */
    static final String INSERT_TOKEN = """
            INSERT INTO idn_access_token (account_id, token_hash, label, created_at, expires_at) \
            VALUES (?, ?, 'signing benchmark', ?, ?)""";

    static final String INSERT_PETITION = """
            INSERT INTO pet_petition (type_id, body_id, topic_id, author_id, title, action, background, state, \
            sponsor_code, created_at, opened_at, closes_at, version) \
            SELECT t.id, b.id, (SELECT MIN(o.id) FROM org_topic o), a.id, ?, ?, ?, 'OPEN', ?, ?, ?, ?, 0 \
            FROM pet_type t JOIN org_body b ON b.id = t.body_id JOIN idn_account a ON a.account_key = ? \
            WHERE t.code = 'national-petition' AND b.slug = 'government'""";

    static final String INSERT_MILESTONES = """
            INSERT INTO pet_milestone (petition_id, position, signatures, consequence) \
            SELECT p.id, h.position, h.signatures, h.consequence \
            FROM pet_petition p JOIN pet_type_threshold h ON h.type_id = p.type_id \
            WHERE p.id = ? AND h.signatures IS NOT NULL""";

    static final String INSERT_TALLY = "INSERT INTO pet_tally (petition_id, signatures, updated_at) VALUES (?, 0, ?)";

    static final Duration TOKEN_VALIDITY = Duration.ofDays(7);
    static final Duration COLLECTION = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Seeding() {
    }

    /** {@code count} new verified citizens with a token each, committed in batches of {@code batchSize}. */
    static List<Citizen> citizens(Connection db, String run, int count, int batchSize) throws SQLException {
        List<Citizen> citizens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            citizens.add(Citizen.make(run, i));
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp expires = Timestamp.from(Instant.now().plus(TOKEN_VALIDITY));
        try (PreparedStatement accounts = db.prepareStatement(INSERT_ACCOUNT);
             PreparedStatement tokens = db.prepareStatement(INSERT_TOKEN)) {
            for (int from = 0; from < count; from += batchSize) {
                List<Citizen> batch = citizens.subList(from, Math.min(count, from + batchSize));
                for (Citizen citizen : batch) {
                    accounts.setString(1, citizen.accountKey());
                    accounts.setString(2, citizen.email());
                    accounts.setTimestamp(3, now);
                    accounts.setString(4, "Signer " + citizen.email().substring(0, citizen.email().indexOf('@')));
                    accounts.setTimestamp(5, now);
                    accounts.addBatch();
                }
                accounts.executeBatch();
                Map<String, Long> ids = idsOf(db, batch);
                for (Citizen citizen : batch) {
                    tokens.setLong(1, ids.get(citizen.accountKey()));
                    tokens.setString(2, citizen.tokenHash());
                    tokens.setTimestamp(3, now);
                    tokens.setTimestamp(4, expires);
                    tokens.addBatch();
                }
                tokens.executeBatch();
                db.commit();
            }
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return citizens;
    }

    private static Map<String, Long> idsOf(Connection db, List<Citizen> batch) throws SQLException {
        String keys = String.join(", ", Collections.nCopies(batch.size(), "?"));
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT account_key, id FROM idn_account WHERE account_key IN (" + keys + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i).accountKey());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        if (ids.size() != batch.size()) {
            throw new SQLException("Seeded " + batch.size() + " accounts but found " + ids.size());
        }
        return ids;
    }

    /** An open national petition of the government by {@code author}, with its milestones and an empty tally. */
    static long openPetition(Connection db, Citizen author, String run) throws SQLException {
        Instant now = Instant.now();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long id;
            try (PreparedStatement petition = db.prepareStatement(INSERT_PETITION, Statement.RETURN_GENERATED_KEYS)) {
                petition.setString(1, "Signing benchmark " + run);
                petition.setString(2, "Measure how fast the platform takes signatures.");
                petition.setString(3, "Written by load-tests/signing-benchmark.sh; not a real petition.");
                petition.setString(4, sponsorCode());
                petition.setTimestamp(5, Timestamp.from(now));
                petition.setTimestamp(6, Timestamp.from(now));
                petition.setTimestamp(7, Timestamp.from(now.plus(COLLECTION)));
                petition.setString(8, author.accountKey());
                if (petition.executeUpdate() != 1) {
                    throw new SQLException("No petition type 'national-petition' of the body 'government': "
                            + "start the platform with PARTICIPATION_DEMO_DATA=true");
                }
                try (ResultSet keys = petition.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement milestones = db.prepareStatement(INSERT_MILESTONES)) {
                milestones.setLong(1, id);
                milestones.executeUpdate();
            }
            try (PreparedStatement tally = db.prepareStatement(INSERT_TALLY)) {
                tally.setLong(1, id);
                tally.setTimestamp(2, Timestamp.from(now));
                tally.executeUpdate();
            }
            db.commit();
            return id;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** 32 random hex digits, as the sponsor code of a petition. */
    static String sponsorCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
