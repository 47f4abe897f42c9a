package org.civicvoice.participation.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.UnknownPetition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hot read: a petition's signature count, as thousands of readers poll it during a surge. Served from this
 * node's memory and read again from the tally at most once per second per petition, so readers cost the
 * database almost nothing; the figure is at most about two seconds behind the signatures (fold + cache). Only
 * petitions that have been open for signatures have a public count; drafts and petitions in moderation are unknown
 * here. A read that started earlier never replaces one that started later, so a reader never sees the count go
 * back because two refreshes finished in the other order.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SignatureCounts {

    static final Duration FRESHNESS = Duration.ofSeconds(1);
    private static final int MAX_ENTRIES = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<Long, Count> cache = new ConcurrentHashMap<>();

    /** A count as of {@code updatedAt} (when the tally last changed). */
    public record Count(long number, int signatures, Instant updatedAt, long readAt) {
    }

    public Count of(PetitionNumber number) {
        long now = System.nanoTime();
        Count cached = cache.get(number.value());
        if (cached != null && now - cached.readAt() < FRESHNESS.toNanos()) {
            return cached;
        }
        java.util.List<?> rows = em.createNativeQuery("""
                        SELECT t.signatures, t.updated_at FROM pet_tally t JOIN pet_petition p ON p.id = t.petition_id
                        WHERE t.petition_id = ? AND p.opened_at IS NOT NULL""")
                .setParameter(1, number.value())
                .getResultList();
        if (rows.isEmpty()) {
            throw new UnknownPetition(number.toString());
        }
        Object[] row = (Object[]) rows.get(0);
        Instant updated = row[1] instanceof java.sql.Timestamp t ? t.toInstant()
                : row[1] instanceof java.time.LocalDateTime l ? l.atZone(java.time.ZoneId.systemDefault()).toInstant()
                : clock.instant();
        Count fresh = new Count(number.value(), ((Number) row[0]).intValue(), updated, now);
        if (cache.size() > MAX_ENTRIES) {
            cache.clear();
        }
        return cache.merge(number.value(), fresh, (kept, read) -> read.readAt() - kept.readAt() >= 0 ? read : kept);
    }
}
