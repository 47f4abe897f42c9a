package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.entity.AccountStatus;

/**
 * Whether a signed-in session still stands: it keeps the account's session generation of its sign-in, and a
 * password change or reset moves the account to the next one. One look-up by the unique key per request, so a
 * session ends on every node of a cluster at once.
 */
@Stateless
@PermitAll
public class Sessions {

    @PersistenceContext
    EntityManager em;

    /** The account's current generation, or -1 when there is no active account with that key. */
    public long generationOf(String accountKey) {
        return em.createQuery("""
                        SELECT a.sessionGeneration FROM Account a WHERE a.key = :key AND a.status = :active""",
                        Long.class)
                .setParameter("key", accountKey)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst().orElse(-1L);
    }
}
