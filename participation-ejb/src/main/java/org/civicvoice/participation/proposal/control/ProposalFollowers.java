package org.civicvoice.participation.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.proposal.entity.Proposal;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The supporters (and the author) who asked to hear by mail what happens to a proposal: following is a row,
 * kept idempotent by its key; an announcement is one outbox insert per language, however many follow. The mail
 * texts take the proposal's title first, then {@code arguments}, then the link to the proposal.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalFollowers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    public void follow(long proposalId, long accountId, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO prp_follower (proposal_id, account_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, proposalId).setParameter(2, accountId).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    public void unfollow(long proposalId, long accountId) {
        em.createNativeQuery("DELETE FROM prp_follower WHERE proposal_id = ? AND account_id = ?")
                .setParameter(1, proposalId).setParameter(2, accountId).executeUpdate();
    }

    public boolean follows(long proposalId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM prp_follower WHERE proposal_id = ? AND account_id = ?")
                .setParameter(1, proposalId).setParameter(2, accountId).getResultList().isEmpty();
    }

    public void announce(Proposal proposal, String key, Object... arguments) {
        String link = outbox.link("/proposal/view.xhtml?number=" + proposal.getId());
        Object[] all = new Object[arguments.length + 2];
        all[0] = proposal.getTitle();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        all[all.length - 1] = link;
        outbox.queueToFollowers("prp_follower", "proposal_id", proposal.getId(), key, all);
    }
}
