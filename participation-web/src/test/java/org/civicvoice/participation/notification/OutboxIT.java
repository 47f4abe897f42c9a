package org.civicvoice.participation.notification;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox through the real stack while the SMTP server is down: a mail queued by a real use case stays in
 * the outbox, is retried with growing pauses, and arrives exactly once, with the Message-ID of its row, when the
 * server is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    private static final String SUBJECT = "Confirm your e-mail";
    private static final String PASSWORD = "correct horse battery";
    private static final DateTimeFormatter QUEUED_AT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSSSSS");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMailQueuedWhileTheMailServerIsDownIsRetriedWithGrowingPausesAndArrivesOnceWhenItIsBack() throws Exception {
        long started = System.nanoTime();
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestMail.stop();
        try {
            HttpResponse<String> registered = new ApiClient(base).post("api/accounts", "{\"email\":\"" + email
                    + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Outage Citizen\",\"language\":\"en\"}");
            assertEquals(201, registered.statusCode(), registered.body());

            Row first = awaitRow(email, row -> row.attempts() >= 1 && row.claim() == null, Duration.ofSeconds(15));
            assertEquals(1, first.attempts());
            assertNull(first.sentAt(), "not sent while the server is down");
            assertNotNull(first.lastError());
            assertTrue(!first.nextAttemptAt().isBefore(first.createdAt().plusSeconds(5)),
                    "the first retry waits 5 s: " + first);

            Row second = awaitRow(email, row -> row.attempts() >= 2 && row.claim() == null, Duration.ofSeconds(15));
            assertEquals(2, second.attempts());
            assertNull(second.sentAt());
            assertTrue(!second.nextAttemptAt().isBefore(first.nextAttemptAt().plusSeconds(10)),
                    "the second retry waits 10 s after the first: " + first + " then " + second);
            System.out.printf("[it] outbox: 2 failed attempts %d ms after queueing%n", millisSince(started));
        } finally {
            TestMail.start();
        }

        TestMail.awaitMail(email, SUBJECT, 0, Duration.ofSeconds(30));
        long arrived = millisSince(started);
        Row delivered = awaitRow(email, row -> row.sentAt() != null, Duration.ofSeconds(10));
        assertEquals(1, TestMail.count(email, SUBJECT));

        Thread.sleep(Duration.ofMillis(6500).toMillis());
        assertEquals(1, TestMail.count(email, SUBJECT), "three more delivery runs send nothing again");
        Row after = onlyRow(email);
        assertEquals(delivered.sentAt(), after.sentAt());
        assertEquals(delivered.attempts(), after.attempts());
        assertNull(after.claim());
        assertNull(after.lastError());

        String expected = "<outbox-" + after.id() + "." + QUEUED_AT.format(after.createdAt()) + "@" + platformHost() + ">";
        assertEquals(List.of(expected), TestMail.messageIds(email, SUBJECT));
        System.out.printf("[it] outbox: mail arrived %d ms after queueing (attempt %d); test took %d ms%n",
                arrived, after.attempts(), millisSince(started));
    }

    private record Row(long id, LocalDateTime createdAt, LocalDateTime nextAttemptAt, int attempts, String claim,
                       LocalDateTime sentAt, String lastError) {
    }

    private static Row awaitRow(String recipient, Predicate<Row> condition, Duration limit)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Row row = null;
        while (System.nanoTime() < deadline) {
            row = onlyRow(recipient);
            if (condition.test(row)) {
                return row;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the outbox row did not get there within " + limit.toSeconds() + " s: " + row);
    }

    private static Row onlyRow(String recipient) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement query = db.prepareStatement("SELECT id, created_at, next_attempt_at, attempts, claim, "
                     + "sent_at, last_error FROM ntf_outbox WHERE recipient = ? AND subject LIKE ?")) {
            query.setString(1, recipient);
            query.setString(2, "%" + SUBJECT + "%");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getObject(2, LocalDateTime.class),
                            result.getObject(3, LocalDateTime.class), result.getInt(4), result.getString(5),
                            result.getObject(6, LocalDateTime.class), result.getString(7)));
                }
            }
        }
        assertEquals(1, rows.size(), "one outbox row for the mail: " + rows);
        return rows.get(0);
    }

    /** The host of the platform's public address (PARTICIPATION_BASE_URL), the domain of its Message-IDs. */
    private static String platformHost() {
        String baseUrl = System.getenv("PARTICIPATION_BASE_URL");
        return baseUrl == null ? "localhost" : URI.create(baseUrl).getHost();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
