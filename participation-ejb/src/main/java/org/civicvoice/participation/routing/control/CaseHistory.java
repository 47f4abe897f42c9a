package org.civicvoice.participation.routing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEvent;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseStepRecorded;
import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;
import java.util.List;

/**
 * Writes the steps of a case. A public step waits in the history until it is delivered to the feature owning the
 * item, right after the transaction commits (or later by the delivery scan): see {@code CaseStepDelivery}.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CaseHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CaseStepRecorded> recorded;

    /** A step with what a person wrote about it (or nothing). */
    public CaseEvent record(Case routedCase, CaseEventKind kind, Instant at, Account actor, Body body, String detail) {
        return record(routedCase, kind, at, actor, body, null, detail);
    }

    /** A step the platform explains in the reader's language, and optionally what a person wrote about it. */
    public CaseEvent record(Case routedCase, CaseEventKind kind, Instant at, Account actor, Body body,
                            KeyedText explanation, String detail) {
        CaseEvent event = new CaseEvent(routedCase, kind, at, actor, body, explanation, detail);
        em.persist(event);
        if (kind.isPublic()) {
            em.flush();
            recorded.fire(new CaseStepRecorded(event.getId()));
        }
        return event;
    }

    public List<CaseEvent> of(Case routedCase) {
        return em.createQuery("""
                        SELECT e FROM CaseEvent e WHERE e.routedCase = :c ORDER BY e.occurredAt, e.id""", CaseEvent.class)
                .setParameter("c", routedCase)
                .getResultList();
    }
}
