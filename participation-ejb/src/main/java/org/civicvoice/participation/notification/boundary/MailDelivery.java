package org.civicvoice.participation.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.civicvoice.participation.notification.control.MailTransport;
import org.civicvoice.participation.platform.boundary.SchemaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers queued mails every two seconds. Each run claims a batch with one conditional update, so that
 * several nodes never send the same mail; a failed send is retried with growing pauses (up to an hour).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    static final int BATCH = 20;
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    MailTransport transport;

    @Inject
    SchemaMigration schema;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void deliverDue() {
        if (schema.currentVersion() == null || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            deliver();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Mail delivery paused: {0}", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /** Sends what is due now; returns how many mails were sent. */
    public int deliver() throws SQLException {
        String claim = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<Pending> batch = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE ntf_outbox SET claim = ?, claimed_until = ?, attempts = attempts + 1
                    WHERE sent_at IS NULL AND next_attempt_at <= ?
                      AND (claimed_until IS NULL OR claimed_until < ?)
                    ORDER BY id LIMIT ?""")) {
                update.setString(1, claim);
                update.setTimestamp(2, Timestamp.from(now.plus(CLAIM)));
                update.setTimestamp(3, Timestamp.from(now));
                update.setTimestamp(4, Timestamp.from(now));
                update.setInt(5, BATCH);
                if (update.executeUpdate() == 0) {
                    return 0;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, recipient, subject, body, attempts FROM ntf_outbox WHERE claim = ? ORDER BY id")) {
                select.setString(1, claim);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new Pending(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5)));
                    }
                }
            }
            int sent = 0;
            for (Pending mail : batch) {
                try {
                    transport.send(mail.recipient(), mail.subject(), mail.body());
                    markSent(connection, mail, clock.instant());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    markFailed(connection, mail, clock.instant(), e);
                }
            }
            return sent;
        }
    }

    private static void markSent(Connection connection, Pending mail, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ntf_outbox SET sent_at = ?, claim = NULL, claimed_until = NULL, last_error = NULL WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setLong(2, mail.id());
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, Pending mail, Instant now, Exception e) throws SQLException {
        Duration pause = retryPause(mail.attempts());
        LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}), next try in {2} s: {3}",
                new Object[]{mail.id(), mail.attempts(), pause.toSeconds(), e.getMessage()});
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE ntf_outbox SET next_attempt_at = ?, claim = NULL, claimed_until = NULL, last_error = ?
                WHERE id = ?""")) {
            update.setTimestamp(1, Timestamp.from(now.plus(pause)));
            String message = String.valueOf(e.getMessage());
            update.setString(2, message.length() > 1000 ? message.substring(0, 1000) : message);
            update.setLong(3, mail.id());
            update.executeUpdate();
        }
    }

    /** 5 s, 10 s, 20 s, ... doubling up to one hour. */
    static Duration retryPause(int attempts) {
        long seconds = 5L << Math.min(Math.max(attempts - 1, 0), 10);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts) {
    }
}
