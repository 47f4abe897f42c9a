package org.civicvoice.participation.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.notification.boundary.Outbox;

/**
 * What follows a new password, whether changed or reset: open reset links stop working, every personal access
 * token is revoked, and the owner is told by mail. Sessions end because the account's session generation grew
 * ({@link Account#changePassword}); the platform's authentication checks it on every signed-in request.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CredentialChange {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    Outbox outbox;

    public void changed(Account account) {
        tokens.retire(account, TokenPurpose.RESET_PASSWORD);
        em.createQuery("DELETE FROM AccessToken t WHERE t.account = :account").setParameter("account", account)
                .executeUpdate();
        if (account.getEmail() != null) {
            outbox.queue(account.getEmail(), account.getLanguage(), "mail.passwordChanged",
                    outbox.link("/account/forgot.xhtml"));
        }
    }
}
