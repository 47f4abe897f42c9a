package org.civicvoice.participation.identity.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.AccountStatus;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.EmailAlreadyRegistered;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.identity.entity.NotAllowed;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.identity.entity.UnknownAccount;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.Constraints;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds accounts, the caller's own account, and checks what the caller may do in a body. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AccountLookup {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * Writes pending changes now, so that the database's one-account-per-e-mail key decides here: a duplicate
     * becomes {@link EmailAlreadyRegistered}, also when two requests race.
     */
    public void flushWithUniqueEmail() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_idn_account_email")) {
                throw new EmailAlreadyRegistered();
            }
            throw e;
        }
    }

    public Optional<Account> byEmail(EmailAddress email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email AND a.status = :active", Account.class)
                .setParameter("email", email.value())
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    public Account byKey(AccountKey key) {
        return em.createQuery("SELECT a FROM Account a WHERE a.key = :key AND a.status = :active", Account.class)
                .setParameter("key", key.value())
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownAccount(key.value()));
    }

    /** The signed-in caller's account. */
    public Account caller() {
        Principal principal = context.getCallerPrincipal();
        try {
            return byKey(new AccountKey(principal.getName()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed();
        }
    }

    public List<Membership> membershipsOf(Account account) {
        return em.createQuery("""
                        SELECT m FROM Membership m JOIN FETCH m.body
                        WHERE m.account = :account ORDER BY m.body.name""", Membership.class)
                .setParameter("account", account)
                .getResultList();
    }

    /**
     * The body scope: platform administrators act on every body; anyone else needs a membership in the body
     * with one of the given roles. Checked in the database, not from the caller's groups, so a membership
     * removed a minute ago no longer counts.
     */
    public Account requireInBody(BodySlug body, Set<BodyRole> roles) {
        Account caller = caller();
        if (!mayActIn(caller, body, roles)) {
            throw new NotAllowed();
        }
        return caller;
    }

    /** Whether the account is a platform administrator or has one of the roles in the body; never throws. */
    public boolean mayActIn(Account caller, BodySlug body, Set<BodyRole> roles) {
        if (caller.getRoles().contains(PlatformRole.PLATFORM_ADMIN)) {
            return true;
        }
        Long found = em.createQuery("""
                        SELECT COUNT(m) FROM Membership m
                        WHERE m.account = :account AND m.body.slug = :body AND m.role IN :roles""", Long.class)
                .setParameter("account", caller)
                .setParameter("body", body.value())
                .setParameter("roles", roles.isEmpty() ? EnumSet.allOf(BodyRole.class) : roles)
                .getSingleResult();
        return found > 0;
    }
}
