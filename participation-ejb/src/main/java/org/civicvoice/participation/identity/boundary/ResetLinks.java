package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.notification.boundary.Outbox;

import java.time.Clock;

/**
 * The part of a password reset request that depends on the address, done after the request has been answered:
 * for an account, its older reset links stop working and a new one is mailed; for an unknown address, nothing.
 * Only {@link PasswordReset} calls it, after its throttle.
 */
@Stateless
@PermitAll
public class ResetLinks {

    @Inject
    AccountLookup accounts;

    @Inject
    Tokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Asynchronous
    public void send(String email) {
        accounts.byEmail(new EmailAddress(email)).ifPresent(account -> {
            tokens.retire(account, TokenPurpose.RESET_PASSWORD);
            String secret = tokens.issue(hash -> AccountToken.forAccount(hash, TokenPurpose.RESET_PASSWORD, account,
                    clock.instant()));
            outbox.queue(account.getEmail(), account.getLanguage(), "mail.reset", "",
                    outbox.link("/account/reset.xhtml?token=" + secret));
        });
    }
}
