package org.civicvoice.participation.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.shared.NativeBatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Counts supports the way petitions count signatures, without a hot counter row per support: every change of what
 * counts appends a delta row in the transaction of the change; {@link #fold} takes a batch of deltas with
 * {@code FOR UPDATE SKIP LOCKED}, adds them to the tallies with one upsert and deletes exactly those rows, so a delta
 * counts once even with several nodes folding, and rows of transactions still running wait for the next fold.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class SupportTally {

    private static final Logger LOG = Logger.getLogger(SupportTally.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Records that {@code n} supports (negative: fewer) count for the proposal. */
    public void add(long proposalId, int n) {
        em.createNativeQuery("INSERT INTO prp_tally_delta (proposal_id, n) VALUES (?, ?)")
                .setParameter(1, proposalId)
                .setParameter(2, n)
                .executeUpdate();
    }

    /** Creates the proposal's tally at zero, so that readers and folds always find its row. */
    public void open(long proposalId, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO prp_tally (proposal_id, supports, updated_at) VALUES (?, 0, ?)")
                .setParameter(1, proposalId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    /** Folds up to {@code max} deltas into the tallies; answers the proposals whose counts changed. */
    @SuppressWarnings("unchecked")
    public Set<Long> fold(int max, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, proposal_id, n FROM prp_tally_delta ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .setParameter(1, max)
                .getResultList();
        if (rows.isEmpty()) {
            return Set.of();
        }
        Map<Long, Integer> totals = new HashMap<>();
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            totals.merge(((Number) row[1]).longValue(), ((Number) row[2]).intValue(), Integer::sum);
        }
        NativeBatch.upsert(em, "prp_tally (proposal_id, supports, updated_at)", "(?, ?, ?)",
                "supports = supports + VALUES(supports), updated_at = VALUES(updated_at)",
                totals.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue(), Timestamp.from(now))).toList());
        NativeBatch.deleteIds(em, "prp_tally_delta", ids);
        return new LinkedHashSet<>(totals.keySet());
    }

    /** The counted supports of these proposals (0 for a proposal without tally), in one query. */
    public Map<Long, Integer> counts(Collection<Long> proposalIds) {
        return NativeBatch.counts(em, "prp_tally", "proposal_id", "supports", proposalIds);
    }

    /**
     * Recounts one proposal from its supports and corrects the tally if it drifted (the nightly safety net). The
     * tally row is locked first, so no fold runs in between; active supports and unfolded deltas come from one
     * statement, hence one snapshot.
     */
    public boolean reconcile(long proposalId, Instant now) {
        OptionalInt corrected = NativeBatch.recount(em, "prp_tally", "proposal_id", "supports",
                "SELECT COUNT(*) FROM prp_support WHERE proposal_id = ? AND state = 'ACTIVE'", "prp_tally_delta", proposalId, now);
        corrected.ifPresent(before -> LOG.warning(() -> "Support tally of proposal " + proposalId + " corrected from " + before));
        return corrected.isPresent();
    }
}
