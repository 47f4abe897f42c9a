package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.petition.entity.AlreadySigned;
import org.civicvoice.participation.petition.entity.Signature;
import org.civicvoice.participation.petition.entity.SignatureStatus;
import org.civicvoice.participation.petition.entity.SignerKey;
import org.civicvoice.participation.shared.Constraints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes signatures. The unique key (petition, signer) decides who signed first; every change of what counts
 * goes with its tally delta in the same transaction.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class SignatureLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignatureTally tally;

    /** The signer's signature on the petition, if any. */
    public Optional<Signature> find(long petitionId, SignerKey key) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.petitionId = :petition AND s.signerKey = :key",
                        Signature.class)
                .setParameter("petition", petitionId)
                .setParameter("key", key.value())
                .getResultStream().findFirst();
    }

    /** How many sponsors' signatures count on the petition. */
    public int sponsors(long petitionId) {
        return em.createQuery("""
                        SELECT COUNT(s) FROM Signature s
                        WHERE s.petitionId = :petition AND s.sponsor = true AND s.status = :valid""", Long.class)
                .setParameter("petition", petitionId)
                .setParameter("valid", SignatureStatus.VALID)
                .getSingleResult().intValue();
    }

    public Optional<Signature> byToken(String tokenHash) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.tokenHash = :hash", Signature.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    public Optional<Signature> byWithdrawalHash(String withdrawalHash) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.withdrawalHash = :hash", Signature.class)
                .setParameter("hash", withdrawalHash)
                .getResultStream().findFirst();
    }

    /**
     * Adds a new signature. When a racing request of the same signer committed first, the unique key refuses
     * this one: {@link AlreadySigned}, and this transaction rolls back with nothing written.
     */
    public void add(Signature signature) {
        em.persist(signature);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_pet_signature_signer")) {
                throw new AlreadySigned();
            }
            throw e;
        }
        if (signature.getStatus() == SignatureStatus.VALID) {
            tally.add(signature.getPetitionId(), signature.getRegionCode(), signature.getCountedAt(), 1);
        }
    }

    /**
     * Makes a withdrawn or pending signature count again (the signer signs again, or confirms). Conditional, so
     * two requests at once change it once; answers whether this call did.
     */
    public boolean validate(Signature signature, SignatureStatus from, Instant now) {
        int changed = em.createNativeQuery("""
                        UPDATE pet_signature SET status = 'VALID', counted_at = ?, withdrawn_at = NULL
                        WHERE id = ? AND status = ?""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, signature.getId())
                .setParameter(3, from.name())
                .executeUpdate();
        if (changed == 1) {
            tally.add(signature.getPetitionId(), signature.getRegionCode(), now, 1);
        }
        return changed == 1;
    }

    /**
     * Updates what a pending signer asked for, with a new confirmation token and withdrawal link (the old links
     * stop working).
     */
    public void renewPending(Signature signature, String name, String regionCode, boolean publicName, boolean notify,
                             String tokenHash, String withdrawalHash) {
        em.createNativeQuery("""
                        UPDATE pet_signature SET token_hash = ?, withdrawal_hash = ?, name = ?, region_code = ?,
                               public_name = ?, notify = ?
                        WHERE id = ? AND status = 'PENDING'""")
                .setParameter(1, tokenHash)
                .setParameter(2, withdrawalHash)
                .setParameter(3, name)
                .setParameter(4, regionCode == null ? "" : regionCode)
                .setParameter(5, publicName)
                .setParameter(6, notify)
                .setParameter(7, signature.getId())
                .executeUpdate();
    }

    /** The signer takes the signature back; it stops counting on the day it was counted. */
    public boolean withdraw(Signature signature, Instant now) {
        int changed = em.createNativeQuery("""
                        UPDATE pet_signature SET status = 'WITHDRAWN', withdrawn_at = ?
                        WHERE id = ? AND status = 'VALID'""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, signature.getId())
                .executeUpdate();
        if (changed == 1) {
            tally.add(signature.getPetitionId(), signature.getRegionCode(), signature.getCountedAt(), -1);
        }
        return changed == 1;
    }

    /**
     * The signer takes back a signature not yet confirmed: it never counted, so no delta; its confirmation link
     * stops working. Answers whether this call changed it.
     */
    public boolean withdrawPending(Signature signature, Instant now) {
        return em.createNativeQuery("""
                        UPDATE pet_signature SET status = 'WITHDRAWN', withdrawn_at = ?
                        WHERE id = ? AND status = 'PENDING'""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, signature.getId())
                .executeUpdate() == 1;
    }

    /**
     * Invalidates the valid signatures of a petition that match a pattern (IP address, e-mail domain, time
     * window; at least one given), recorded under {@code invalidationId}; the counts drop by exactly the rows
     * changed. Answers how many.
     */
    @SuppressWarnings("unchecked")
    public int invalidate(long petitionId, long invalidationId, String ip, String domain, Instant from, Instant until) {
        StringBuilder where = new StringBuilder("petition_id = ? AND status = 'VALID'");
        List<Object> parameters = new java.util.ArrayList<>(List.of(petitionId));
        if (ip != null) {
            where.append(" AND ip = ?");
            parameters.add(ip);
        }
        if (domain != null) {
            where.append(" AND email_domain = ?");
            parameters.add(domain);
        }
        if (from != null) {
            where.append(" AND counted_at >= ?");
            parameters.add(Timestamp.from(from));
        }
        if (until != null) {
            where.append(" AND counted_at < ?");
            parameters.add(Timestamp.from(until));
        }
        var update = em.createNativeQuery("UPDATE pet_signature SET status = 'INVALIDATED', invalidation_id = ? WHERE " + where);
        update.setParameter(1, invalidationId);
        for (int i = 0; i < parameters.size(); i++) {
            update.setParameter(i + 2, parameters.get(i));
        }
        int changed = update.executeUpdate();
        if (changed == 0) {
            return 0;
        }
        List<Object[]> groups = em.createNativeQuery("""
                        SELECT region_code, MIN(counted_at), COUNT(*) FROM pet_signature
                        WHERE invalidation_id = ? GROUP BY region_code, DATE(counted_at)""")
                .setParameter(1, invalidationId)
                .getResultList();
        for (Object[] group : groups) {
            Instant day = toInstant(group[1]);
            tally.add(petitionId, (String) group[0], day, -((Number) group[2]).intValue());
        }
        return changed;
    }

    /**
     * Erases the personal data of the signatures of a closed petition: name, e-mail, domain, IP, account, and the
     * signer key (a hash of the mailbox). Status, region and time stay, so the counts remain. Pending signatures,
     * which never counted, are deleted.
     */
    public int anonymise(long petitionId) {
        em.createNativeQuery("DELETE FROM pet_signature WHERE petition_id = ? AND status = 'PENDING'")
                .setParameter(1, petitionId).executeUpdate();
        return em.createNativeQuery("""
                        UPDATE pet_signature SET name = NULL, email = NULL, email_domain = NULL, ip = NULL,
                               account_id = NULL, token_hash = NULL, withdrawal_hash = NULL, public_name = FALSE, notify = FALSE,
                               signer_key = CONCAT('x:', id)
                        WHERE petition_id = ? AND signer_key NOT LIKE 'x:%'""")
                .setParameter(1, petitionId).executeUpdate();
    }

    /** Deletes pending signatures whose confirmation link expired: they never counted and hold personal data. */
    public int forgetUnconfirmed(Instant createdBefore) {
        return em.createNativeQuery("DELETE FROM pet_signature WHERE status = 'PENDING' AND created_at < ? LIMIT 10000")
                .setParameter(1, Timestamp.from(createdBefore)).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
