package org.civicvoice.participation.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.notification.boundary.Outbox;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The people who asked to hear by mail what comes of a consultation: following is a row kept once by its unique
 * key; an announcement is one outbox insert per language, however many follow. The mail texts take the
 * consultation's title first, then {@code arguments}, then the link to its page.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ConsultationFollowers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    public void follow(long consultationId, long accountId, Instant now) {
        em.createNativeQuery("""
                        INSERT IGNORE INTO con_follower (consultation_id, account_id, created_at) VALUES (?, ?, ?)""")
                .setParameter(1, consultationId).setParameter(2, accountId).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    public void unfollow(long consultationId, long accountId) {
        em.createNativeQuery("DELETE FROM con_follower WHERE consultation_id = ? AND account_id = ?")
                .setParameter(1, consultationId).setParameter(2, accountId).executeUpdate();
    }

    public boolean follows(long consultationId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM con_follower WHERE consultation_id = ? AND account_id = ?")
                .setParameter(1, consultationId).setParameter(2, accountId).getResultList().isEmpty();
    }

    public long count(long consultationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM con_follower WHERE consultation_id = ?")
                .setParameter(1, consultationId).getSingleResult()).longValue();
    }

    public void announce(Consultation consultation, String key, Object... arguments) {
        String link = outbox.link("/consultation/view.xhtml?number=" + consultation.getId());
        Object[] all = new Object[arguments.length + 2];
        all[0] = consultation.getTitle();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        all[all.length - 1] = link;
        outbox.queueToFollowers("con_follower", "consultation_id", consultation.getId(), key, all);
    }
}
