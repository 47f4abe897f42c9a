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
import org.civicvoice.participation.routing.entity.CaseStepMade;

import java.time.Instant;
import java.util.List;

/**
 * Writes the steps of a case. A public step is also announced as {@link CaseStepMade} in the same transaction,
 * so the feature that owns the item puts it on the item's public timeline (or nothing happens at all).
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CaseHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CaseStepMade> steps;

    public CaseEvent record(Case routedCase, CaseEventKind kind, Instant at, Account actor, Body body, String detail) {
        CaseEvent event = new CaseEvent(routedCase, kind, at, actor, body, detail);
        em.persist(event);
        if (kind.isPublic()) {
            steps.fire(new CaseStepMade(routedCase.item(), routedCase.getType(), kind, at,
                    body == null ? null : body.getName(), detail, routedCase.getItemLink()));
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
