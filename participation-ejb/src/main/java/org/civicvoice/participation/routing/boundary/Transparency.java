package org.civicvoice.participation.routing.boundary;

import java.util.Comparator;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.Translations;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.routing.entity.BodyFigures;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * How bodies answer, in public: per body and for the whole platform, cases received, answered, answered on time,
 * the median time to answer and what is overdue now. Two grouped queries over all cases, whatever the number of
 * bodies; as every reader of the public page would repeat them, each node keeps the result for
 * {@value #FRESH_SECONDS} seconds and one request at a time refreshes it while the others read the last figures.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Transparency {

    static final int FRESH_SECONDS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Clock clock;

    @Inject
    ReaderLanguage reader;

    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot;

    private record Snapshot(Instant at, List<BodyFigures> figures) {
    }

    /**
     * The figures of every body that received a case, the most cases first; the platform's total comes first.
     * Bodies are named in the reader's language (the figures are kept once for all languages).
     */
    public List<BodyFigures> figures() {
        List<BodyFigures> kept = keptFigures();
        String language = reader.tag();
        if (Translations.DEFAULT.equals(language)) {
            return kept;
        }
        Map<String, Body> bySlug = bodies.all().stream().collect(Collectors.toMap(Body::getSlug, b -> b));
        return kept.stream().map(f -> f.bodySlug() == null || !bySlug.containsKey(f.bodySlug()) ? f
                : f.named(bySlug.get(f.bodySlug()).name(language))).toList();
    }

    private List<BodyFigures> keptFigures() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        boolean fresh = current != null && !current.at().isAfter(now)
                && current.at().plusSeconds(FRESH_SECONDS).isAfter(now);
        if (fresh) {
            return current.figures();
        }
        if (current != null && !refreshing.tryLock()) {
            return current.figures();
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && latest != current) {
                return latest.figures();
            }
            Snapshot computed = new Snapshot(now, List.copyOf(compute()));
            snapshot = computed;
            return computed.figures();
        } finally {
            refreshing.unlock();
        }
    }

    private List<BodyFigures> compute() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.body_id, COUNT(*),
                               SUM(c.answered_at IS NOT NULL),
                               SUM(c.answered_at IS NOT NULL AND c.answered_at <= c.due_at),
                               SUM(c.state IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_APPROVAL') AND c.due_at < ?)
                        FROM rte_case c GROUP BY c.body_id ORDER BY COUNT(*) DESC""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> durations = em.createNativeQuery("""
                        SELECT c.body_id, TIMESTAMPDIFF(SECOND, c.created_at, c.answered_at) AS seconds
                        FROM rte_case c WHERE c.answered_at IS NOT NULL ORDER BY seconds""")
                .getResultList();
        Map<Long, Body> named = bodies.byIds(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        Map<Long, List<Long>> byBody = new HashMap<>();
        List<Long> all = new ArrayList<>();
        for (Object[] row : durations) {
            long seconds = ((Number) row[1]).longValue();
            byBody.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(seconds);
            all.add(seconds);
        }
        List<BodyFigures> result = new ArrayList<>();
        long received = 0;
        long answered = 0;
        long onTime = 0;
        long overdue = 0;
        List<BodyFigures> perBody = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Body body = named.get(id);
            BodyFigures figures = new BodyFigures(body.getSlug(), body.getName(), number(row[1]), number(row[2]),
                    number(row[3]), medianHours(byBody.getOrDefault(id, List.of())), number(row[4]));
            perBody.add(figures);
            received += figures.received();
            answered += figures.answered();
            onTime += figures.answeredOnTime();
            overdue += figures.overdueNow();
        }
        result.add(new BodyFigures(null, null, received, answered, onTime, medianHours(all), overdue));
        perBody.sort(Comparator.comparingLong(BodyFigures::received).reversed().thenComparing(BodyFigures::bodyName));
        result.addAll(perBody);
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The median of sorted durations in seconds, in hours with one decimal; null for none. */
    static Double medianHours(List<Long> sortedSeconds) {
        if (sortedSeconds.isEmpty()) {
            return null;
        }
        int n = sortedSeconds.size();
        double seconds = n % 2 == 1 ? sortedSeconds.get(n / 2)
                : (sortedSeconds.get(n / 2 - 1) + sortedSeconds.get(n / 2)) / 2.0;
        return Math.round(seconds / 360.0) / 10.0;
    }
}
