package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.shared.AttemptThrottle;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks e-mail and password at sign-in. Unknown e-mail and wrong password get the same answer and take the
 * same time; failures are throttled per IP address and per account.
 */
@Stateless
@PermitAll
public class SignIn {

    static final int FAILURES_PER_ACCOUNT = 5;
    @Inject
    @ConfigProperty(name = "participation.limits.address-login-failures", defaultValue = "30")
    int failuresPerAddress;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    AccountLookup accounts;

    @Inject
    Passwords passwords;

    @Inject
    AttemptThrottle throttle;

    public Optional<CallerIdentity> check(String email, String password, String clientAddress) {
        String addressKey = "login-ip:" + clientAddress;
        throttle.check(addressKey, failuresPerAddress, WINDOW);
        if (!EmailAddress.isValid(email)) {
            throttle.record(addressKey, WINDOW);
            passwords.matches(password, null);
            return Optional.empty();
        }
        EmailAddress address = new EmailAddress(email);
        String accountKey = "login-account:" + address.value();
        throttle.check(accountKey, FAILURES_PER_ACCOUNT, WINDOW);
        Optional<Account> account = accounts.byEmail(address);
        if (!passwords.matches(password, account.map(Account::passwordHash).orElse(null))) {
            throttle.record(addressKey, WINDOW);
            throttle.record(accountKey, WINDOW);
            return Optional.empty();
        }
        throttle.forget(accountKey);
        Account found = account.orElseThrow();
        return Optional.of(new CallerIdentity(found.getKey(), groupsOf(found, accounts.membershipsOf(found))));
    }

    static Set<String> groupsOf(Account account, List<Membership> memberships) {
        Set<String> groups = new HashSet<>();
        groups.add(Roles.CITIZEN);
        if (account.getAssurance().atLeast(AssuranceLevel.EMAIL_VERIFIED)) {
            groups.add(Roles.VERIFIED);
        }
        if (account.getRoles().contains(PlatformRole.MODERATOR)) {
            groups.add(Roles.MODERATOR);
        }
        if (account.getRoles().contains(PlatformRole.PLATFORM_ADMIN)) {
            groups.add(Roles.PLATFORM_ADMIN);
        }
        for (Membership membership : memberships) {
            groups.add(Roles.OFFICIAL);
            if (membership.getRole() == BodyRole.BODY_ADMIN) {
                groups.add(Roles.BODY_ADMIN);
            }
            if (membership.getBody().getKind() == BodyKind.COMMITTEE) {
                groups.add(Roles.COMMITTEE_MEMBER);
            }
        }
        return groups;
    }
}
