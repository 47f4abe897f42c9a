package org.civicvoice.participation.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civicvoice.participation.notification.control.MailTemplates;
import org.civicvoice.participation.notification.entity.OutboxMail;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.shared.BodyName;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.Translations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Queues e-mails in the transaction of the event they announce: if that transaction rolls back, no mail
 * goes out; once it commits, {@link MailDelivery} sends the mail, retrying until the SMTP server takes it.
 */
@Stateless
@PermitAll
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GovernmentBodies bodies;

    @Inject
    @ConfigProperty(name = "participation.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "participation.mode", defaultValue = "production")
    String mode;

    /** Queues a mail whose subject and text come from the mail bundle ({@code key.subject}, {@code key.body}). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String recipient, String language, String key, Object... given) {
        Object[] arguments = named(language, given);
        String subject = MailTemplates.text(key + ".subject", language, arguments);
        String body = MailTemplates.text(key + ".body", language, arguments);
        em.persist(new OutboxMail(recipient, subject, body, clock.instant()));
    }

    /**
     * Queues one mail per recipient that {@code recipientQuery} selects (one column of addresses; its positional
     * parameters follow), all in one statement, however many there are: announcements to thousands of signers
     * cost one insert, not one round trip each.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int queueToEach(String recipientQuery, List<Object> queryParameters, String language, String key,
                           Object... given) {
        Object[] arguments = named(language, given);
        String subject = MailTemplates.text(key + ".subject", language, arguments);
        String body = MailTemplates.text(key + ".body", language, arguments);
        Timestamp now = Timestamp.from(clock.instant());
        Query insert = em.createNativeQuery("INSERT INTO ntf_outbox (recipient, subject, body, created_at, next_attempt_at) "
                + "SELECT DISTINCT r.recipient, ?, ?, ?, ? FROM (" + recipientQuery + ") r WHERE r.recipient IS NOT NULL");
        insert.setParameter(1, subject).setParameter(2, body).setParameter(3, now).setParameter(4, now);
        for (int i = 0; i < queryParameters.size(); i++) {
            insert.setParameter(i + 5, queryParameters.get(i));
        }
        return insert.executeUpdate();
    }

    /**
     * Queues the mail to each active follower of an item, in the follower's language: {@code followerTable} holds
     * one row per follower with the item in {@code itemColumn} and the follower in {@code account_id} (both named by
     * the calling feature, never by a request). One insert per language, however many follow.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queueToFollowers(String followerTable, String itemColumn, long itemId, String key,
                                 Object... arguments) {
        String followers = "SELECT a.email AS recipient, a.language AS language FROM " + followerTable + " f "
                + "JOIN idn_account a ON a.id = f.account_id WHERE f." + itemColumn + " = ? "
                + "AND a.status = 'ACTIVE' AND a.email IS NOT NULL";
        @SuppressWarnings("unchecked")
        List<String> languages = em.createNativeQuery("SELECT DISTINCT r.language FROM (" + followers + ") r")
                .setParameter(1, itemId)
                .getResultList();
        for (String language : languages) {
            queueToEach("SELECT r.recipient FROM (" + followers + ") r WHERE r.language = ?",
                    List.of(itemId, language), language, key, arguments);
        }
    }

    /** The arguments with each body they name ({@link BodyName}, or inside a {@link KeyedText}) in the language. */
    private Object[] named(String language, Object[] arguments) {
        boolean naming = Arrays.stream(arguments).anyMatch(a -> a instanceof BodyName
                || a instanceof KeyedText keyed && !keyed.bodySlugs().isEmpty());
        if (!naming) {
            return arguments;
        }
        return withNames(arguments, bodies.names(Translations.supported(language)));
    }

    /** The arguments with each body they name by its name in {@code names} (by slug), else its stored name. */
    static Object[] withNames(Object[] arguments, Map<String, String> names) {
        return Arrays.stream(arguments).map(a -> a instanceof BodyName body ? names.getOrDefault(body.slug(), body.name())
                : a instanceof KeyedText keyed ? keyed.withBodyNames(names::get) : a).toArray();
    }

    /** The address of a page of the platform, for links in mails; never taken from a request's Host header. */
    public String link(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + pathAndQuery;
    }

    /** The latest mails, newest first; only in development mode, where no real mail server is used. */
    public List<OutboxMail> recentInDevelopment(int max) {
        if (!"development".equalsIgnoreCase(mode)) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class)
                .setMaxResults(max)
                .getResultList();
    }

    public boolean isDevelopment() {
        return "development".equalsIgnoreCase(mode);
    }
}
