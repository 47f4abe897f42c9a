package org.civicvoice.participation.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private static final int CHUNK = 500;

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
        List<Map.Entry<Long, Integer>> changes = new ArrayList<>(totals.entrySet());
        for (int from = 0; from < changes.size(); from += CHUNK) {
            List<Map.Entry<Long, Integer>> chunk = changes.subList(from, Math.min(changes.size(), from + CHUNK));
            Query upsert = em.createNativeQuery("INSERT INTO prp_tally (proposal_id, supports, updated_at) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE supports = supports + VALUES(supports), updated_at = VALUES(updated_at)");
            int position = 1;
            for (Map.Entry<Long, Integer> change : chunk) {
                upsert.setParameter(position++, change.getKey());
                upsert.setParameter(position++, change.getValue());
                upsert.setParameter(position++, Timestamp.from(now));
            }
            upsert.executeUpdate();
        }
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            bindAll(em.createNativeQuery("DELETE FROM prp_tally_delta WHERE id IN (" + placeholders(chunk.size()) + ")"),
                    chunk).executeUpdate();
        }
        return new LinkedHashSet<>(totals.keySet());
    }

    /** The counted supports of these proposals (0 for a proposal without tally), in one query. */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> counts(Collection<Long> proposalIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return counts;
        }
        List<Long> ids = List.copyOf(proposalIds);
        Query query = bindAll(em.createNativeQuery("SELECT proposal_id, supports FROM prp_tally WHERE proposal_id IN ("
                + placeholders(ids.size()) + ")"), ids);
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        ids.forEach(id -> counts.putIfAbsent(id, 0));
        return counts;
    }

    /**
     * Recounts one proposal from its supports and corrects the tally if it drifted (the nightly safety net). The
     * tally row is locked first, so no fold runs in between; active supports and unfolded deltas come from one
     * statement, hence one snapshot.
     */
    public boolean reconcile(long proposalId, Instant now) {
        Object locked = em.createNativeQuery("SELECT supports FROM prp_tally WHERE proposal_id = ? FOR UPDATE")
                .setParameter(1, proposalId).getResultStream().findFirst().orElse(null);
        if (locked == null) {
            return false;
        }
        long expected = ((Number) em.createNativeQuery("""
                        SELECT (SELECT COUNT(*) FROM prp_support WHERE proposal_id = ? AND state = 'ACTIVE')
                             - (SELECT COALESCE(SUM(n), 0) FROM prp_tally_delta WHERE proposal_id = ?)""")
                .setParameter(1, proposalId).setParameter(2, proposalId).getSingleResult()).longValue();
        int current = ((Number) locked).intValue();
        if (expected == current) {
            return false;
        }
        LOG.warning(() -> "Support tally of proposal " + proposalId + " corrected from " + current + " to " + expected);
        em.createNativeQuery("UPDATE prp_tally SET supports = ?, updated_at = ? WHERE proposal_id = ?")
                .setParameter(1, expected).setParameter(2, Timestamp.from(now)).setParameter(3, proposalId)
                .executeUpdate();
        return true;
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static Query bindAll(Query query, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
