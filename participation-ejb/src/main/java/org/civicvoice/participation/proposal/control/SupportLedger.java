package org.civicvoice.participation.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.proposal.entity.AlreadySupported;
import org.civicvoice.participation.proposal.entity.ProposalSupport;
import org.civicvoice.participation.shared.Constraints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes supports. The unique key (proposal, account) decides who supported first; every change of what counts
 * goes with its tally delta in the same transaction. No check-then-insert: a racing second insert is refused by the
 * database and becomes {@link AlreadySupported}.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class SupportLedger {

    static final String UNIQUE_KEY = "uq_prp_support_account";

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportTally tally;

    public Optional<ProposalSupport> find(long proposalId, long accountId) {
        return em.createQuery("""
                        SELECT s FROM ProposalSupport s WHERE s.proposalId = :proposal AND s.accountId = :account""",
                        ProposalSupport.class)
                .setParameter("proposal", proposalId)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** A new support; the transaction rolls back with {@link AlreadySupported} when one exists. */
    public void add(ProposalSupport support) {
        em.persist(support);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, UNIQUE_KEY)) {
                throw new AlreadySupported();
            }
            throw e;
        }
        tally.add(support.getProposalId(), 1);
    }

    /** A withdrawn support counts again; conditional, so two requests at once change it once. */
    public boolean renew(ProposalSupport support, Instant now) {
        int changed = em.createNativeQuery("""
                        UPDATE prp_support SET state = 'ACTIVE', counted_at = ?, withdrawn_at = NULL
                        WHERE id = ? AND state = 'WITHDRAWN'""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, support.getId())
                .executeUpdate();
        if (changed == 1) {
            tally.add(support.getProposalId(), 1);
        }
        return changed == 1;
    }

    /** The citizen takes the support back; conditional, so it drops the count once. */
    public boolean withdraw(long proposalId, long accountId, Instant now) {
        int changed = em.createNativeQuery("""
                        UPDATE prp_support SET state = 'WITHDRAWN', withdrawn_at = ?
                        WHERE proposal_id = ? AND account_id = ? AND state = 'ACTIVE'""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, proposalId)
                .setParameter(3, accountId)
                .executeUpdate();
        if (changed == 1) {
            tally.add(proposalId, -1);
        }
        return changed == 1;
    }
}
