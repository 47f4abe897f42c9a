package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.control.CredentialChange;
import org.civicvoice.participation.identity.control.PasswordAttempts;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.EmailAlreadyRegistered;
import org.civicvoice.participation.identity.entity.InvalidToken;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.boundary.Regions;

import java.time.Clock;
import java.util.List;

/** What a signed-in person does with their own account: profile, password, e-mail, export, deletion. */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class MyAccount {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup accounts;

    @Inject
    Passwords passwords;

    @Inject
    Tokens tokens;

    @Inject
    PasswordAttempts attempts;

    @Inject
    CredentialChange credentials;

    @Inject
    Outbox outbox;

    @Inject
    Regions regions;

    @Inject
    Clock clock;

    public Account me() {
        Account account = accounts.caller();
        if (account.getRegion() != null) {
            account.getRegion().getName();
        }
        return account;
    }

    /** The bodies the caller is an official of, with position and role. */
    public List<Membership> memberships() {
        return accounts.membershipsOf(accounts.caller());
    }

    public Account updateProfile(@NotNull @Valid ProfileChange change) {
        Account account = accounts.caller();
        String code = change.regionCode();
        account.updateProfile(change.displayName(),
                code == null || code.isBlank() ? null : regions.find(code.trim()),
                Languages.orDefault(change.language()), change.notifyUpdates(), change.notifyNews());
        return account;
    }

    /**
     * A new password, confirmed with the current one (throttled like sign-in). Every session of the account ends
     * and its access tokens are revoked; returns the account's new session generation, which the caller's own
     * session takes on so that it alone stays signed in.
     */
    public long changePassword(String currentPassword, String newPassword, String clientAddress) {
        Account account = accounts.caller();
        attempts.requireCurrent(account, currentPassword, clientAddress);
        account.changePassword(passwords.hashOf(newPassword));
        credentials.changed(account);
        return account.getSessionGeneration();
    }

    /** Sends a confirmation link to the new address; the address changes only when it is followed. */
    public void requestEmailChange(String newEmail, String currentPassword, String clientAddress) {
        Account account = accounts.caller();
        attempts.requireCurrent(account, currentPassword, clientAddress);
        EmailAddress address = Registration.emailOf(newEmail);
        if (accounts.byEmail(address).isPresent()) {
            throw new EmailAlreadyRegistered();
        }
        String secret = tokens.issue(hash -> AccountToken.forEmailChange(hash, account, address, clock.instant()));
        outbox.queue(address.value(), account.getLanguage(), "mail.changeEmail", "",
                outbox.link("/account/confirm-email.xhtml?token=" + secret), address.value());
    }

    /** Follows the link sent to the new address (from any browser, signed in or not). */
    @PermitAll
    public void confirmEmailChange(String token) {
        AccountToken used = tokens.use(token, TokenPurpose.CHANGE_EMAIL);
        Account account = used.getAccount();
        if (account == null || !account.isActive()) {
            throw new InvalidToken();
        }
        account.changeEmail(new EmailAddress(used.getEmail()), clock.instant());
        accounts.flushWithUniqueEmail();
    }

    public AccountExport export() {
        Account account = accounts.caller();
        List<Membership> memberships = accounts.membershipsOf(account);
        return new AccountExport(account.getKey(), account.getEmail(), account.getEmailVerifiedAt(),
                account.getDisplayName(), account.getRegion() == null ? null : account.getRegion().getCode(),
                account.getLanguage(), account.getAssurance().name(), account.isNotifyUpdates(),
                account.isNotifyNews(), account.getCreatedAt(),
                account.getRoles().stream().map(Enum::name).sorted().toList(),
                memberships.stream().map(m -> new AccountExport.MembershipExport(m.getBody().getSlug(),
                        m.getPosition(), m.getRole().name(), m.getCreatedAt())).toList());
    }

    /**
     * Deletes the account's personal data for good (the password confirms it). What the person did stays
     * only as anonymous counts; their contributions show "deleted account".
     */
    public void delete(String currentPassword, String clientAddress) {
        Account account = accounts.caller();
        attempts.requireCurrent(account, currentPassword, clientAddress);
        em.createQuery("DELETE FROM Membership m WHERE m.account = :account").setParameter("account", account)
                .executeUpdate();
        em.createQuery("DELETE FROM AccountToken t WHERE t.account = :account").setParameter("account", account)
                .executeUpdate();
        em.createQuery("DELETE FROM AccessToken t WHERE t.account = :account").setParameter("account", account)
                .executeUpdate();
        account.erase(clock.instant());
    }
}
