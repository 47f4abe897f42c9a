package org.civicvoice.participation.routing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEvent;
import org.civicvoice.participation.routing.entity.CaseStepMade;
import org.civicvoice.participation.shared.RetryPause;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Hands the public steps of cases to the features owning their items, each step once and the steps of a case in
 * their order. A step is claimed with a conditional update in a transaction of its own, in which the features'
 * observers of {@link CaseStepMade} then run: if one fails, the claim rolls back with it and the step comes again
 * after a pause ({@link RetryPause}), while the work that made the step stays done.
 */
@Stateless
@PermitAll
public class CaseStepDelivery {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CaseStepMade> steps;

    @Inject
    Clock clock;

    /**
     * Delivers the step unless it was delivered already or an earlier step of its case still waits (that one goes
     * first, this one follows on the next scan). Returns whether this call delivered it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long step) {
        int claimed = em.createNativeQuery("""
                        UPDATE rte_case_event e SET e.delivered_at = ?
                        WHERE e.id = ? AND e.delivered_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM rte_case_event p
                                          WHERE p.case_id = e.case_id AND p.id < e.id AND p.delivered_at IS NULL)""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, step)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        CaseEvent event = em.find(CaseEvent.class, step);
        Case routedCase = event.getCase();
        Body body = event.getBody();
        steps.fire(new CaseStepMade(step, routedCase.item(), routedCase.getType(), event.getKind(),
                event.getOccurredAt(), body == null ? null : body.getSlug(), body == null ? null : body.getName(),
                event.getExplanation(), event.getDetail(), routedCase.getItemLink()));
        return true;
    }

    /** The step's feature could not take it: it comes again after a pause that grows with each failure. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long step) {
        Number attempts = (Number) em.createNativeQuery(
                        "SELECT delivery_attempts FROM rte_case_event WHERE id = ? FOR UPDATE")
                .setParameter(1, step)
                .getResultStream().findFirst().orElse(0);
        int next = attempts.intValue() + 1;
        em.createNativeQuery("""
                        UPDATE rte_case_event SET delivery_attempts = ?, next_delivery_at = ?
                        WHERE id = ? AND delivered_at IS NULL""")
                .setParameter(1, next)
                .setParameter(2, Timestamp.from(clock.instant().plus(RetryPause.after(next))))
                .setParameter(3, step)
                .executeUpdate();
    }

    /** Public steps not yet delivered whose time has come, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Long> waiting(int limit) {
        Instant now = clock.instant();
        List<Number> ids = em.createNativeQuery("""
                        SELECT id FROM rte_case_event
                        WHERE delivered_at IS NULL AND (next_delivery_at IS NULL OR next_delivery_at <= ?)
                        ORDER BY id LIMIT ?""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
