package org.civicvoice.participation.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.petition.control.PetitionTimeline;
import org.civicvoice.participation.petition.control.SignatureLedger;
import org.civicvoice.participation.petition.entity.EventKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Erases the signers' personal data of petitions that ended long enough ago, each petition claimed with a
 * conditional update in a transaction of its own, so a large backlog is worked off in one scan and one failing
 * petition holds up no other.
 */
@Stateless
@PermitAll
public class SignerDataErasure {

    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignatureLedger ledger;

    @Inject
    PetitionTimeline timeline;

    /** The petitions, oldest first, whose signers are still known although they ended before the given time. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant endedBefore) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT id FROM pet_petition
                        WHERE anonymised_at IS NULL AND state IN ('CLOSED', 'ARCHIVED', 'REJECTED', 'WITHDRAWN')
                        AND COALESCE(closed_at, rejected_at, withdrawn_at) <= ? ORDER BY id LIMIT ?""")
                .setParameter(1, Timestamp.from(endedBefore))
                .setParameter(2, BATCH)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Erases one petition's signer data unless another node did; the counts and per-region totals stay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void erase(long petition, Instant now) {
        if (em.createNativeQuery("UPDATE pet_petition SET anonymised_at = ? WHERE id = ? AND anonymised_at IS NULL")
                .setParameter(1, Timestamp.from(now)).setParameter(2, petition).executeUpdate() == 1) {
            int erased = ledger.anonymise(petition);
            timeline.record(petition, EventKind.SIGNER_DATA_ANONYMISED, now, null, erased);
        }
    }

    /** Deletes pending signatures whose confirmation link expired before the given time. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forgetUnconfirmed(Instant createdBefore) {
        ledger.forgetUnconfirmed(createdBefore);
    }
}
