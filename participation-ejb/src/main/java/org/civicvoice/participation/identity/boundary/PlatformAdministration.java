package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.AccountStatus;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.NotAllowed;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.notification.boundary.Outbox;

import java.time.Clock;
import java.time.Instant;

/** Platform-wide roles: who moderates and who administers the platform. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup accounts;

    @Inject
    Tokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void grant(AccountKey key, PlatformRole role) {
        accounts.byKey(key).grant(role);
    }

    public void revoke(AccountKey key, PlatformRole role) {
        Account account = accounts.byKey(key);
        if (role == PlatformRole.PLATFORM_ADMIN && account.equals(accounts.caller())) {
            throw new NotAllowed();
        }
        account.revoke(role);
    }

    /** Invites a person by e-mail to administer the platform. */
    public void inviteAdministrator(String email) {
        queueAdministratorInvitation(Registration.emailOf(email), em, tokens, outbox, clock.instant());
    }

    static void queueAdministratorInvitation(EmailAddress email, EntityManager em, Tokens tokens, Outbox outbox,
                                             Instant now) {
        String secret = tokens.issue(hash -> AccountToken.invitation(hash, email, null, null, null, now));
        outbox.queue(email.value(), "en", "mail.adminInvitation",
                outbox.link("/account/invitation.xhtml?token=" + secret));
    }

    static boolean anyAdministrator(EntityManager em) {
        return em.createQuery("""
                        SELECT COUNT(a) FROM Account a JOIN a.roles r
                        WHERE r = :role AND a.status = :active""", Long.class)
                .setParameter("role", PlatformRole.PLATFORM_ADMIN)
                .setParameter("active", AccountStatus.ACTIVE)
                .getSingleResult() > 0;
    }
}
