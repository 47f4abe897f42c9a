package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civicvoice.participation.identity.control.CredentialChange;
import org.civicvoice.participation.shared.AttemptThrottle;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.InvalidToken;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** A forgotten password: a single-use link valid for an hour. The request answers the same for any address. */
@Stateless
@PermitAll
public class PasswordReset {

    @Inject
    @ConfigProperty(name = "participation.limits.address-requests-per-hour", defaultValue = "10")
    int requestsPerAddressAndHour;

    @Inject
    Tokens tokens;

    @Inject
    Passwords passwords;

    @Inject
    ResetLinks links;

    @Inject
    CredentialChange credentials;

    @Inject
    AttemptThrottle throttle;

    @Inject
    Clock clock;

    /**
     * Answers at once and alike for every address: the look-up and the mail happen afterwards, in
     * {@link ResetLinks}, so neither the answer nor its timing tells whether the address has an account.
     */
    public void request(String email, String clientAddress) {
        String key = "reset:" + clientAddress;
        throttle.check(key, requestsPerAddressAndHour, Duration.ofHours(1));
        throttle.record(key, Duration.ofHours(1));
        if (!EmailAddress.isValid(email)) {
            return;
        }
        links.send(new EmailAddress(email).value());
    }

    /**
     * Sets the new password; following the link also proves the e-mail address. Every other reset link of the
     * account stops working, every session ends and every personal access token is revoked; a mail says so.
     */
    public void reset(String token, String newPassword) {
        Passwords.requireStrong(newPassword);
        AccountToken used = tokens.use(token, TokenPurpose.RESET_PASSWORD);
        Account account = used.getAccount();
        if (account == null || !account.isActive() || !used.getEmail().equals(account.getEmail())) {
            throw new InvalidToken();
        }
        account.changePassword(passwords.hashOf(newPassword));
        account.verifyEmail(clock.instant());
        credentials.changed(account);
    }
}
