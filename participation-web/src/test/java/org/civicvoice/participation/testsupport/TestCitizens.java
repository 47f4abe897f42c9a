package org.civicvoice.participation.testsupport;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many verified citizens at once, for tests that need hundreds of signers: the accounts are written straight into
 * the test database (e-mail verified, in the given region) with a password hash of few iterations, so that signing
 * them in costs little; each is then signed in through the API like any client. Registration itself is covered by
 * IdentityIT.
 */
public final class TestCitizens {

    public static final String PASSWORD = "correct horse battery";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCitizens() {
    }

    /** {@code n} verified citizens with addresses {@code <prefix>-<i>-<random>@<domain>}, signed in. */
    public static List<ApiClient> signedIn(URL base, String prefix, String domain, String regionCode, int n) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            emails.add(prefix + "-" + i + "-" + run + "@" + domain);
        }
        insert(emails, regionCode);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient>> sessions = new ArrayList<>();
            for (String email : emails) {
                sessions.add(pool.submit(() -> {
                    ApiClient client = new ApiClient(base);
                    HttpResponse<String> session = client.signIn(email, PASSWORD);
                    if (session.statusCode() != 200) {
                        throw new AssertionError(email + " cannot sign in: " + session.body());
                    }
                    return client;
                }));
            }
            List<ApiClient> clients = new ArrayList<>();
            for (Future<ApiClient> session : sessions) {
                clients.add(session.get());
            }
            return clients;
        } catch (Exception e) {
            throw new AssertionError("citizens could not sign in", e);
        } finally {
            pool.shutdown();
        }
    }

    public static ApiClient signedIn(URL base, String prefix, String regionCode) {
        return signedIn(base, prefix, "example.org", regionCode, 1).get(0);
    }

    /** Gives an existing account (a demo account, say) the tests' password, so that it can sign in. */
    public static void givePassword(String email) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE idn_account SET password_hash = ? WHERE email = ?")) {
            update.setString(1, cheapHash(PASSWORD));
            update.setString(2, email);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + email);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the password of " + email + " could not be set: " + e.getMessage(), e);
        }
    }

    private static void insert(List<String> emails, String regionCode) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO idn_account (account_key, email, email_verified_at, password_hash, display_name,
                                              region_id, language, assurance, status, created_at)
                     VALUES (?, ?, ?, ?, ?, (SELECT r.id FROM org_region r WHERE r.code = ?), 'en', 'EMAIL_VERIFIED',
                             'ACTIVE', ?)""")) {
            for (String email : emails) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, email);
                insert.setTimestamp(3, now);
                insert.setString(4, cheapHash(PASSWORD));
                insert.setString(5, "Citizen " + email.substring(0, email.indexOf('@')));
                insert.setString(6, regionCode);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("test citizens could not be written: " + e.getMessage(), e);
        }
    }

    /** The platform's PBKDF2 hash format ({@code algorithm:iterations:salt:hash}) with few iterations. */
    private static String cheapHash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        int iterations = 1000;
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
