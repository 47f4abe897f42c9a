package org.civicvoice.participation.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.WrongPassword;
import org.civicvoice.participation.shared.AttemptThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Every check of a password a person types (sign-in, and the current password that confirms a password change,
 * an e-mail change, a new access token or the deletion of the account), throttled the same way: per IP address,
 * and per account and address together. A stranger who guesses from one address locks only that address out of
 * the account: the owner with the right password from another address still gets in.
 */
@Dependent
public class PasswordAttempts {

    public static final int FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "participation.limits.address-login-failures", defaultValue = "30")
    int failuresPerAddress;

    @Inject
    AttemptThrottle throttle;

    @Inject
    Passwords passwords;

    /**
     * Whether the password matches the stored hash (none: an unknown account, checked against a decoy so that
     * timing tells nothing). {@code accountName} is what identifies the account to the person, its e-mail.
     * Throws {@code TooManyAttempts} when this address, or this address for this account, failed too often.
     */
    public boolean matches(String accountName, String password, String storedHash, String clientAddress) {
        String addressKey = "password-ip:" + clientAddress;
        String pairKey = "password-account:" + accountName + "|" + clientAddress;
        throttle.check(addressKey, failuresPerAddress, WINDOW);
        throttle.check(pairKey, FAILURES_PER_ACCOUNT_AND_ADDRESS, WINDOW);
        if (!passwords.matches(password, storedHash)) {
            throttle.record(addressKey, WINDOW);
            throttle.record(pairKey, WINDOW);
            return false;
        }
        throttle.forget(pairKey);
        return true;
    }

    /** A failed attempt of this address that names no account (a malformed e-mail). */
    public void refuseMalformed(String password, String clientAddress) {
        String addressKey = "password-ip:" + clientAddress;
        throttle.check(addressKey, failuresPerAddress, WINDOW);
        throttle.record(addressKey, WINDOW);
        passwords.matches(password, null);
    }

    /** The signed-in owner confirms an action with their current password; refuses a wrong one. */
    public void requireCurrent(Account account, String password, String clientAddress) {
        String name = account.getEmail() != null ? account.getEmail() : account.getKey();
        if (!matches(name, password, account.passwordHash(), clientAddress)) {
            throw new WrongPassword();
        }
    }
}
