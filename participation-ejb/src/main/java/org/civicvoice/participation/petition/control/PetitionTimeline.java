package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.petition.entity.EventKind;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionEvent;

import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;
import java.util.List;

/** Writes and reads the steps of a petition's timeline. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class PetitionTimeline {

    @PersistenceContext
    EntityManager em;

    public void record(Petition petition, EventKind kind, Instant at, String detail, Integer figure) {
        em.persist(new PetitionEvent(petition, kind, at, detail, figure));
    }

    /** A step of the petition's answer, once per routing step: a step delivered again finds it recorded. */
    public boolean recordStep(Petition petition, EventKind kind, Instant at, KeyedText explanation, String detail,
                              long caseStep) {
        boolean known = !em.createQuery("SELECT e.id FROM PetitionEvent e WHERE e.caseStep = :step", Long.class)
                .setParameter("step", caseStep).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(new PetitionEvent(petition, kind, at, explanation, detail, caseStep));
        return true;
    }

    public void record(long petitionId, EventKind kind, Instant at, String detail, Integer figure) {
        record(em.getReference(Petition.class, petitionId), kind, at, detail, figure);
    }

    public List<PetitionEvent> of(long petitionId, boolean withInternal) {
        return em.createQuery("""
                        SELECT e FROM PetitionEvent e WHERE e.petition.id = :id ORDER BY e.occurredAt, e.id""",
                        PetitionEvent.class)
                .setParameter("id", petitionId)
                .getResultStream()
                .filter(event -> withInternal || !event.getKind().isInternal())
                .toList();
    }
}
