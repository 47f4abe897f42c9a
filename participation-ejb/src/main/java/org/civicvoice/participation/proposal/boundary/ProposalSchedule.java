package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.platform.boundary.SchemaMigration;
import org.civicvoice.participation.proposal.control.SupportTally;
import org.civicvoice.participation.proposal.entity.ProposalState;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The support counts' clockwork: every second the new supports are folded into the counts (safe on several nodes,
 * each delta counted once); at night every published proposal is recounted from its supports.
 */
@Stateless
@PermitAll
public class ProposalSchedule {

    static final int FOLD_BATCH = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportTally tally;

    @Inject
    SchemaMigration schema;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void foldSupports() {
        if (!schema.isMigrated()) {
            return;
        }
        tally.fold(FOLD_BATCH, clock.instant());
    }

    @Schedule(hour = "3", minute = "37", persistent = false)
    public void recount() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> published = em.createQuery("SELECT p.id FROM Proposal p WHERE p.state IN :states", Long.class)
                .setParameter("states", List.of(ProposalState.PUBLISHED, ProposalState.ANSWERED))
                .getResultList();
        published.forEach(id -> tally.reconcile(id, now));
    }
}
