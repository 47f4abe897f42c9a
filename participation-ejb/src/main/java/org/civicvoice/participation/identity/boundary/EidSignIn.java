package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountStatus;
import org.civicvoice.participation.identity.entity.EmailAddress;

import java.time.Clock;
import java.util.Optional;

/**
 * Sign-in through the national eID (OpenID Connect): the provider's subject identifies the person. The first
 * time, an account with the same verified e-mail is linked, or a new account is made; either way it is
 * {@code EID_VERIFIED}. Called only after the web tier validated the provider's ID token.
 */
@Stateless
@PermitAll
public class EidSignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup accounts;

    @Inject
    Clock clock;

    public CallerIdentity signIn(String subject, String email, boolean emailVerified, String name) {
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("The eID gave no subject");
        }
        Optional<Account> known = em.createQuery(
                        "SELECT a FROM Account a WHERE a.eidSubject = :subject AND a.status = :active", Account.class)
                .setParameter("subject", subject)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst();
        EmailAddress address = email != null && EmailAddress.isValid(email) ? new EmailAddress(email) : null;
        Account account = known.orElseGet(() -> {
            Optional<Account> byEmail = emailVerified && address != null ? accounts.byEmail(address) : Optional.empty();
            if (byEmail.isPresent() && byEmail.get().getEidSubject() == null) {
                byEmail.get().linkEid(subject, true, clock.instant());
                return byEmail.get();
            }
            boolean addressFree = address != null && accounts.byEmail(address).isEmpty();
            Account created = Account.fromEid(subject, addressFree ? address : null,
                    name == null || name.isBlank() ? null : name.strip(), clock.instant());
            em.persist(created);
            return created;
        });
        account.linkEid(subject, emailVerified, clock.instant());
        em.flush();
        return new CallerIdentity(account.getKey(), SignIn.groupsOf(account, accounts.membershipsOf(account)));
    }
}
