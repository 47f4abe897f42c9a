package org.civicvoice.participation.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.proposal.entity.ProposalEvent;
import org.civicvoice.participation.proposal.entity.TimelineEntry;

import java.time.Instant;
import java.util.List;

/** Writes and reads the steps of a proposal's timeline, each a bundle key with its arguments. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalTimeline {

    @PersistenceContext
    EntityManager em;

    /** A public step: {@code proposal.timeline.<step>} with its arguments. */
    public void record(long proposalId, String step, Instant at, Object... arguments) {
        em.persist(new ProposalEvent(proposalId, "proposal.timeline." + step, true, at, arguments));
    }

    /** A step of routing's on the proposal's case, once: a step handed over again finds it recorded. */
    public boolean recordCaseStep(long proposalId, String step, Instant at, long caseStep, Object... arguments) {
        boolean known = !em.createQuery("SELECT e.id FROM ProposalEvent e WHERE e.caseStep = :step", Long.class)
                .setParameter("step", caseStep).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(ProposalEvent.ofCaseStep(proposalId, "proposal.timeline." + step, at, caseStep, arguments));
        return true;
    }

    /** A step only the author and moderators see. */
    public void recordInternal(long proposalId, String step, Instant at, Object... arguments) {
        em.persist(new ProposalEvent(proposalId, "proposal.timeline." + step, false, at, arguments));
    }

    public List<TimelineEntry> of(long proposalId, boolean withInternal) {
        return em.createQuery("""
                        SELECT e FROM ProposalEvent e WHERE e.proposalId = :id
                        AND (e.publicStep = TRUE OR :all = TRUE) ORDER BY e.occurredAt, e.id""", ProposalEvent.class)
                .setParameter("id", proposalId)
                .setParameter("all", withInternal)
                .getResultStream()
                .map(ProposalEvent::entry)
                .toList();
    }
}
