package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.shared.AttemptThrottle;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.InvalidInput;
import org.civicvoice.participation.identity.entity.InvalidToken;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Region;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A citizen registers with e-mail and password; the account signs only after the e-mail is verified
 * through the link sent to it. One e-mail, one account: the database's unique key decides, also in a race.
 */
@Stateless
@PermitAll
public class Registration {

    static final Duration WINDOW = Duration.ofHours(1);

    /** Registrations and mail requests per IP address and hour. */
    @Inject
    @ConfigProperty(name = "participation.limits.address-requests-per-hour", defaultValue = "10")
    int requestsPerAddressAndHour;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    Tokens tokens;

    @Inject
    AttemptThrottle throttle;

    @Inject
    AccountLookup accounts;

    @Inject
    Outbox outbox;

    @Inject
    Regions regions;

    /**
     * Registers a new account and mails its verification link. For an address that has an account already, the
     * answer is the same (and costs the same password hashing): its owner gets a mail saying so instead, and
     * nothing changes. Every attempt counts toward the address's hourly limit.
     */
    public void register(@NotNull @Valid NewAccount form, String clientAddress) {
        String throttleKey = "register:" + clientAddress;
        throttle.check(throttleKey, requestsPerAddressAndHour, WINDOW);
        throttle.record(throttleKey, WINDOW);
        EmailAddress email = emailOf(form.email());
        Region region = regionOf(form.regionCode());
        Account account = new Account(email, passwords.hashOf(form.password()), form.displayName(), region,
                Languages.orDefault(form.language()), clock.instant());
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            Account owner = existing.get();
            outbox.queue(owner.getEmail(), owner.getLanguage(), "mail.registeredAgain",
                    outbox.link("/account/login.xhtml"), outbox.link("/account/forgot.xhtml"));
            return;
        }
        em.persist(account);
        accounts.flushWithUniqueEmail();
        sendVerification(account);
    }

    /** Confirms the e-mail address from the link's token. */
    public AccountKey verifyEmail(String token) {
        AccountToken used = tokens.use(token, TokenPurpose.VERIFY_EMAIL);
        Account account = used.getAccount();
        if (account == null || !account.isActive() || !used.getEmail().equals(account.getEmail())) {
            throw new InvalidToken();
        }
        account.verifyEmail(clock.instant());
        return account.key();
    }

    /** Sends a new verification link if the address belongs to an unverified account; says nothing either way. */
    public void resendVerification(String email, String clientAddress) {
        String throttleKey = "resend:" + clientAddress;
        throttle.check(throttleKey, requestsPerAddressAndHour, WINDOW);
        throttle.record(throttleKey, WINDOW);
        if (!EmailAddress.isValid(email)) {
            return;
        }
        accounts.byEmail(new EmailAddress(email))
                .filter(account -> !account.isEmailVerified())
                .ifPresent(this::sendVerification);
    }

    private void sendVerification(Account account) {
        String secret = tokens.issue(hash -> AccountToken.forAccount(hash, TokenPurpose.VERIFY_EMAIL, account,
                clock.instant()));
        outbox.queue(account.getEmail(), account.getLanguage(), "mail.verify", "",
                outbox.link("/account/verify.xhtml?token=" + secret));
    }

    static EmailAddress emailOf(String text) {
        try {
            return new EmailAddress(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("email");
        }
    }

    Region regionOf(String code) {
        return Optional.ofNullable(code).filter(c -> !c.isBlank()).map(c -> regions.find(c.trim())).orElse(null);
    }
}
