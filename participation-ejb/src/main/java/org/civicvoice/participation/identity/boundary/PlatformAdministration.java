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
import org.civicvoice.participation.identity.entity.NoAccountForRole;
import org.civicvoice.participation.identity.entity.NotAllowed;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.identity.entity.RoleHolder;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.notification.boundary.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** Who moderates and who administers the platform, by role, then by name. */
    public List<RoleHolder> roleHolders() {
        return em.createQuery("""
                        SELECT a.key, a.displayName, a.email, r FROM Account a JOIN a.roles r
                        WHERE a.status = :active ORDER BY r, a.displayName, a.id""", Object[].class)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .map(row -> new RoleHolder((String) row[0], (String) row[1], (String) row[2], (PlatformRole) row[3]))
                .toList();
    }

    /**
     * Gives the role to the active account of this address. An administrator without an account yet is invited
     * by e-mail instead (answers {@code false}); a moderator needs an account.
     */
    public boolean grant(String email, PlatformRole role) {
        EmailAddress address = Registration.emailOf(email);
        Optional<Account> account = accounts.byEmail(address).filter(Account::isActive);
        if (account.isPresent()) {
            account.get().grant(role);
            return true;
        }
        if (role != PlatformRole.PLATFORM_ADMIN) {
            throw new NoAccountForRole();
        }
        queueAdministratorInvitation(address, em, tokens, outbox, clock.instant());
        return false;
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
