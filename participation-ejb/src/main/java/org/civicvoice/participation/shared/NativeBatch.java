package org.civicvoice.participation.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Native statements over many rows at once, in chunks of {@value #CHUNK} rows: one multi-row upsert or delete per
 * chunk instead of a statement per row. Used by the delta tallies that fold counts (signatures, supports).
 */
public final class NativeBatch {

    public static final int CHUNK = 500;

    private NativeBatch() {
    }

    /** {@code n} positional placeholders: {@code ?, ?, ?}. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds {@code values} to the positional parameters 1..n of a native query, in order. */
    public static Query bindAll(Query query, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    /**
     * {@code INSERT INTO <table> VALUES <rowShape>, ... ON DUPLICATE KEY UPDATE <onDuplicate>} for every row, a
     * chunk at a time; {@code table} names its columns, as {@code pet_tally (petition_id, signatures)}.
     */
    public static void upsert(EntityManager em, String table, String rowShape, String onDuplicate,
                              List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Query query = em.createNativeQuery("INSERT INTO " + table + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), rowShape))
                    + " ON DUPLICATE KEY UPDATE " + onDuplicate);
            int position = 1;
            for (List<Object> row : chunk) {
                for (Object value : row) {
                    query.setParameter(position++, value);
                }
            }
            query.executeUpdate();
        }
    }

    /** Deletes exactly the rows with these ids, a chunk at a time. */
    public static void deleteIds(EntityManager em, String table, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            bindAll(em.createNativeQuery("DELETE FROM " + table + " WHERE id IN (" + placeholders(chunk.size()) + ")"),
                    chunk).executeUpdate();
        }
    }

    /** The counts kept in {@code table} for these keys, in one query; 0 for a key without a row. */
    @SuppressWarnings("unchecked")
    public static Map<Long, Integer> counts(EntityManager em, String table, String keyColumn, String countColumn,
                                            Collection<Long> keys) {
        Map<Long, Integer> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        List<Long> ids = List.copyOf(keys);
        Query query = bindAll(em.createNativeQuery("SELECT " + keyColumn + ", " + countColumn + " FROM " + table
                + " WHERE " + keyColumn + " IN (" + placeholders(ids.size()) + ")"), ids);
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        ids.forEach(id -> counts.putIfAbsent(id, 0));
        return counts;
    }

    /**
     * Recounts one tally from what it counts and corrects it if it drifted (the nightly safety net); answers the
     * count it had when it was corrected. The tally row is locked first, so no fold runs in between; the live
     * count ({@code liveCount}, one {@code ?} for the key) and the deltas not yet folded come from one statement,
     * hence one snapshot, so they agree.
     */
    public static OptionalInt recount(EntityManager em, String tally, String keyColumn, String countColumn,
                                      String liveCount, String deltaTable, long key, Instant now) {
        Object locked = em.createNativeQuery("SELECT " + countColumn + " FROM " + tally + " WHERE " + keyColumn
                        + " = ? FOR UPDATE")
                .setParameter(1, key).getResultStream().findFirst().orElse(null);
        if (locked == null) {
            return OptionalInt.empty();
        }
        long expected = ((Number) em.createNativeQuery("SELECT (" + liveCount + ") - (SELECT COALESCE(SUM(n), 0) FROM "
                        + deltaTable + " WHERE " + keyColumn + " = ?)")
                .setParameter(1, key).setParameter(2, key).getSingleResult()).longValue();
        int current = ((Number) locked).intValue();
        if (expected == current) {
            return OptionalInt.empty();
        }
        em.createNativeQuery("UPDATE " + tally + " SET " + countColumn + " = ?, updated_at = ? WHERE " + keyColumn + " = ?")
                .setParameter(1, expected).setParameter(2, Timestamp.from(now)).setParameter(3, key).executeUpdate();
        return OptionalInt.of(current);
    }
}
