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
import org.civicvoice.participation.shared.RetryPause;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers queued mails every two seconds. Each run claims a batch with one conditional update, so that
 * several nodes never send the same mail; a failed send is retried with growing pauses (5 s, 10 s, 20 s, ...
 * up to an hour), and a mail stays in the outbox until an SMTP server has taken it, however long that takes.
 * <p>
 * Each claim lasts {@link #CLAIM}; a run sends a mail only while at least {@link #SEND_TIME} of its claim is
 * left, and gives the rest of the batch back otherwise, so that a slow SMTP server cannot make a claim run out
 * while its mails are still being sent and another node claims them too.
 * <p>
 * What remains: a mail is marked sent in its own update right after the SMTP server has accepted it. If this
 * node dies (or loses the database) between the two, or the server accepts a mail but its answer never arrives,
 * the row is still unsent and goes out again once the claim has run out. The mail then arrives twice, with the
 * same {@code Message-ID} ({@link MailTransport#messageId(long, LocalDateTime)}), which many receiving systems use to show it
 * once; others show both. Losing a mail is the worse error, so it is this way round.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    static final int BATCH = 20;
    static final Duration CLAIM = Duration.ofMinutes(2);
    /** The longest one send takes within the timeouts of {@link MailTransport}: a send starts only while this much of the claim is left. */
    static final Duration SEND_TIME = Duration.ofMinutes(1);
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
        Instant claimedUntil = now.plus(CLAIM);
        List<Pending> batch = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE ntf_outbox SET claim = ?, claimed_until = ?, attempts = attempts + 1
                    WHERE sent_at IS NULL AND next_attempt_at <= ?
                      AND (claimed_until IS NULL OR claimed_until < ?)
                    ORDER BY id LIMIT ?""")) {
                update.setString(1, claim);
                update.setTimestamp(2, Timestamp.from(claimedUntil));
                update.setTimestamp(3, Timestamp.from(now));
                update.setTimestamp(4, Timestamp.from(now));
                update.setInt(5, BATCH);
                if (update.executeUpdate() == 0) {
                    return 0;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, recipient, subject, body, attempts, created_at FROM ntf_outbox WHERE claim = ? ORDER BY id")) {
                select.setString(1, claim);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new Pending(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5), rows.getObject(6, LocalDateTime.class)));
                    }
                }
            }
            int sent = 0;
            for (Pending mail : batch) {
                if (!timeLeftToSend(claimedUntil, clock.instant())) {
                    release(connection, claim);
                    break;
                }
                try {
                    transport.send(transport.messageId(mail.id(), mail.queuedAt()), mail.recipient(), mail.subject(),
                            mail.body());
                    markSent(connection, mail, clock.instant());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    markFailed(connection, mail, clock.instant(), e);
                }
            }
            return sent;
        }
    }

    /** Whether a send started now ends, even at the transport's timeouts, before the claim runs out. */
    static boolean timeLeftToSend(Instant claimedUntil, Instant now) {
        return !now.plus(SEND_TIME).isAfter(claimedUntil);
    }

    /** Gives back the mails of the claim not yet tried, as if this run had not claimed them. */
    private static void release(Connection connection, String claim) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE ntf_outbox SET claim = NULL, claimed_until = NULL, attempts = attempts - 1
                WHERE claim = ? AND sent_at IS NULL""")) {
            update.setString(1, claim);
            int released = update.executeUpdate();
            LOG.log(Level.WARNING, "Mail delivery slowed down: {0} mails left for the next run", released);
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
        return RetryPause.after(attempts);
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts,
                           LocalDateTime queuedAt) {
    }
}
