package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.platform.boundary.SchemaMigration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Consultations open and close at their dates: every ten seconds a scan finds those due and claims each with a
 * conditional update on its state and date, so a step happens once, after a restart too and with several nodes.
 * A draft opens only with a text; opening publishes that text. Each claim also raises the row's version, so an
 * edit read before it is refused.
 */
@Stateless
@PermitAll
public class ConsultationSchedule {

    private static final int CLAIM_BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchemaMigration schema;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void scheduledScan() {
        scan();
    }

    /** Opens and closes what is due; answers how many consultations this run opened and closed. */
    public int scan() {
        if (!schema.isMigrated()) {
            return 0;
        }
        Instant now = clock.instant();
        return openDue(now) + closeDue(now);
    }

    private int openDue(Instant now) {
        List<Long> due = due("""
                SELECT c.id FROM Consultation c WHERE c.state = org.civicvoice.participation.consultation.entity.ConsultationState.DRAFT
                AND c.textVersion IS NOT NULL AND c.opensAt <= :now ORDER BY c.opensAt""", now);
        int opened = 0;
        for (Long id : due) {
            int claimed = em.createNativeQuery("""
                            UPDATE con_consultation SET state = 'OPEN', opened_at = ?, version = version + 1
                            WHERE id = ? AND state = 'DRAFT' AND text_version IS NOT NULL AND opens_at <= ?""")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, id)
                    .setParameter(3, Timestamp.from(now))
                    .executeUpdate();
            if (claimed == 1) {
                em.createNativeQuery("""
                                UPDATE con_version v JOIN con_consultation c ON c.id = v.consultation_id
                                SET v.published_at = ? WHERE c.id = ? AND v.number = c.text_version
                                AND v.published_at IS NULL""")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, id)
                        .executeUpdate();
                opened++;
            }
        }
        return opened;
    }

    private int closeDue(Instant now) {
        List<Long> due = due("""
                SELECT c.id FROM Consultation c WHERE c.state = org.civicvoice.participation.consultation.entity.ConsultationState.OPEN
                AND c.closesAt <= :now ORDER BY c.closesAt""", now);
        int closed = 0;
        for (Long id : due) {
            closed += em.createNativeQuery("""
                            UPDATE con_consultation SET state = 'CLOSED', closed_at = ?, version = version + 1
                            WHERE id = ? AND state = 'OPEN' AND closes_at <= ?""")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, id)
                    .setParameter(3, Timestamp.from(now))
                    .executeUpdate();
        }
        return closed;
    }

    private List<Long> due(String query, Instant now) {
        return em.createQuery(query, Long.class)
                .setParameter("now", now)
                .setMaxResults(CLAIM_BATCH)
                .getResultList();
    }
}
