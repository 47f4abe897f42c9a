package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.shared.NativeBatch;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Counts signatures without a hot counter row per signature: every change of what counts appends a delta row in
 * the transaction of the change; {@link #fold} adds the deltas to the tallies in batches. A fold locks the delta
 * rows it takes ({@code FOR UPDATE SKIP LOCKED}), adds them and deletes exactly those rows in one transaction, so
 * a delta is counted once even with several nodes folding, and rows of transactions still running wait for the
 * next fold. The tallies per region and per day come from the same deltas.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class SignatureTally {

    private static final Logger LOG = Logger.getLogger(SignatureTally.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Records that {@code n} signatures (negative: fewer) count for the petition, its region and day. */
    public void add(long petitionId, String regionCode, Instant countedAt, int n) {
        em.createNativeQuery("INSERT INTO pet_tally_delta (petition_id, region_code, day, n) VALUES (?, ?, ?, ?)")
                .setParameter(1, petitionId)
                .setParameter(2, regionCode == null ? "" : regionCode)
                .setParameter(3, Date.valueOf(dayOf(countedAt)))
                .setParameter(4, n)
                .executeUpdate();
    }

    /** Creates the petition's tally at zero, so that readers and folds always find its row. */
    public void open(long petitionId, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO pet_tally (petition_id, signatures, updated_at) VALUES (?, 0, ?)")
                .setParameter(1, petitionId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    /** Folds up to {@code max} deltas into the tallies; answers the petitions whose counts changed. */
    @SuppressWarnings("unchecked")
    public Set<Long> fold(int max, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, petition_id, region_code, day, n FROM pet_tally_delta
                        ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .setParameter(1, max)
                .getResultList();
        if (rows.isEmpty()) {
            return Set.of();
        }
        Map<Long, Integer> totals = new HashMap<>();
        Map<List<Object>, Integer> regions = new HashMap<>();
        Map<List<Object>, Integer> days = new HashMap<>();
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            long petition = ((Number) row[1]).longValue();
            int n = ((Number) row[4]).intValue();
            totals.merge(petition, n, Integer::sum);
            regions.merge(List.of(petition, (String) row[2]), n, Integer::sum);
            days.merge(List.of(petition, toDate(row[3])), n, Integer::sum);
        }
        NativeBatch.upsert(em, "pet_tally (petition_id, signatures, updated_at)", "(?, ?, ?)",
                "signatures = signatures + VALUES(signatures), updated_at = VALUES(updated_at)",
                totals.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue(), Timestamp.from(now))).toList());
        NativeBatch.upsert(em, "pet_tally_region (petition_id, region_code, signatures)", "(?, ?, ?)",
                "signatures = signatures + VALUES(signatures)",
                regions.entrySet().stream().map(e -> List.of(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList());
        NativeBatch.upsert(em, "pet_tally_day (petition_id, day, signatures)", "(?, ?, ?)",
                "signatures = signatures + VALUES(signatures)",
                days.entrySet().stream().map(e -> List.of(e.getKey().get(0), Date.valueOf((LocalDate) e.getKey().get(1)), e.getValue())).toList());
        NativeBatch.deleteIds(em, "pet_tally_delta", ids);
        return new LinkedHashSet<>(totals.keySet());
    }

    /** The counted signatures of these petitions (0 for a petition without tally). */
    public Map<Long, Integer> counts(Collection<Long> petitionIds) {
        return NativeBatch.counts(em, "pet_tally", "petition_id", "signatures", petitionIds);
    }

    /**
     * The petition's count as it stands now: the tally plus the deltas no fold has added yet, read in one
     * statement, hence one snapshot, so that a signature committed just before is in it exactly once (in the
     * tally, or in a delta still waiting). For the signer's own page right after they signed, not for the hot
     * read of everyone.
     */
    public int current(long petitionId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT t.signatures + COALESCE((SELECT SUM(d.n) FROM pet_tally_delta d
                                                        WHERE d.petition_id = t.petition_id), 0)
                        FROM pet_tally t WHERE t.petition_id = ?""")
                .setParameter(1, petitionId)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Signatures by region code ('' for signers without region), most first. */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> byRegion(long petitionId) {
        Map<String, Integer> result = new java.util.LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                        SELECT region_code, signatures FROM pet_tally_region
                        WHERE petition_id = ? AND signatures <> 0 ORDER BY signatures DESC, region_code""")
                .setParameter(1, petitionId).getResultList()) {
            result.put((String) row[0], ((Number) row[1]).intValue());
        }
        return result;
    }

    /** Signatures counted per day, in date order. */
    @SuppressWarnings("unchecked")
    public Map<LocalDate, Integer> byDay(long petitionId) {
        Map<LocalDate, Integer> result = new java.util.LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                        SELECT day, signatures FROM pet_tally_day WHERE petition_id = ? ORDER BY day""")
                .setParameter(1, petitionId).getResultList()) {
            result.put(toDate(row[0]), ((Number) row[1]).intValue());
        }
        return result;
    }

    /**
     * Recounts one petition from its signatures and corrects the tally if it drifted (it should not: this is the
     * nightly safety net). The tally row is locked first, so no fold runs in between; the count of valid
     * signatures and the deltas not yet folded come from one statement, hence one snapshot, so they agree.
     */
    public boolean reconcile(long petitionId, Instant now) {
        OptionalInt corrected = NativeBatch.recount(em, "pet_tally", "petition_id", "signatures",
                "SELECT COUNT(*) FROM pet_signature WHERE petition_id = ? AND status = 'VALID'", "pet_tally_delta",
                petitionId, now);
        corrected.ifPresent(before -> LOG.warning(() -> "Tally of petition " + petitionId + " corrected from " + before));
        return corrected.isPresent();
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return LocalDate.parse(value.toString());
    }

    static String placeholders(int n) {
        return NativeBatch.placeholders(n);
    }

    static Query bindAll(Query query, List<?> values) {
        return NativeBatch.bindAll(query, values);
    }
}
