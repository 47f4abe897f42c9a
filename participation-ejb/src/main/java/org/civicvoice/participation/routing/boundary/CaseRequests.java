package org.civicvoice.participation.routing.boundary;

import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.shared.KeyedText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.CaseRequested;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.ItemKind;
import org.civicvoice.participation.routing.entity.ItemRef;
import org.civicvoice.participation.shared.RetryPause;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The requests features wrote with {@link CaseRouting#request}, turned into cases after their transactions
 * committed. Each request is routed in a transaction of its own, holding its row locked ({@code SKIP LOCKED}: a
 * second node or the scan leaves it alone meanwhile); a failure leaves the request waiting for a later try, with
 * a pause that grows with each failure, and never touches the feature's own work.
 */
@Stateless
@PermitAll
public class CaseRequests {

    public static final int ERROR_LENGTH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRouting routing;

    @Inject
    CaseLookup lookup;

    @Inject
    Clock clock;

    /** Opens the case a waiting request asks for; empty when it was routed already or another node has it now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<CaseNumber> route(CaseRequested requested) {
        Optional<Object[]> row = em.createNativeQuery("""
                        SELECT id, title, item_link, topic_slug, region_code, body_slug, referral_key, referral_args
                        FROM rte_case_request
                        WHERE case_type = ? AND item_kind = ? AND item_id = ? AND routed_at IS NULL
                        FOR UPDATE SKIP LOCKED""")
                .setParameter(1, requested.type().name())
                .setParameter(2, requested.item().kind().name())
                .setParameter(3, requested.item().id())
                .getResultStream().map(Object[].class::cast).findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = row.get();
        KeyedText referral = KeyedText.stored((String) r[6], (String) r[7]);
        CaseRequest request = new CaseRequest(requested.type(), requested.item(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], referral);
        CaseNumber number = referral == null ? routing.open(request)
                : routing.openFor(request, lookup.body(request.addressedBodySlug()), referral);
        em.createNativeQuery("""
                        UPDATE rte_case_request SET routed_at = ?, case_id = ?, last_error = NULL WHERE id = ?""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, number.value())
                .setParameter(3, ((Number) r[0]).longValue())
                .executeUpdate();
        return Optional.of(number);
    }

    /** Routing the request failed: it waits for a later try, and the reason is kept for operators. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(CaseRequested requested, String error) {
        Number attempts = (Number) em.createNativeQuery("""
                        SELECT attempts FROM rte_case_request
                        WHERE case_type = ? AND item_kind = ? AND item_id = ? AND routed_at IS NULL FOR UPDATE""")
                .setParameter(1, requested.type().name())
                .setParameter(2, requested.item().kind().name())
                .setParameter(3, requested.item().id())
                .getResultStream().findFirst().orElse(null);
        if (attempts == null) {
            return;
        }
        int next = attempts.intValue() + 1;
        String reason = String.valueOf(error);
        em.createNativeQuery("""
                        UPDATE rte_case_request SET attempts = ?, next_attempt_at = ?, last_error = ?
                        WHERE case_type = ? AND item_kind = ? AND item_id = ? AND routed_at IS NULL""")
                .setParameter(1, next)
                .setParameter(2, Timestamp.from(clock.instant().plus(RetryPause.after(next))))
                .setParameter(3, reason.length() > ERROR_LENGTH ? reason.substring(0, ERROR_LENGTH) : reason)
                .setParameter(4, requested.type().name())
                .setParameter(5, requested.item().kind().name())
                .setParameter(6, requested.item().id())
                .executeUpdate();
    }

    /** Requests waiting to be routed whose time has come, oldest first. */
    @SuppressWarnings("unchecked")
    public List<CaseRequested> waiting(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT case_type, item_kind, item_id FROM rte_case_request
                        WHERE routed_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new CaseRequested(CaseType.of((String) r[0]),
                new ItemRef(ItemKind.of((String) r[1]), ((Number) r[2]).longValue()))).toList();
    }
}
