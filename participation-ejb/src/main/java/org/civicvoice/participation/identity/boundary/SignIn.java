package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.control.PasswordAttempts;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.organisation.entity.BodyKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks e-mail and password at sign-in. Unknown e-mail and wrong password get the same answer and take the
 * same time; failures are throttled per IP address and per account and address (see {@link PasswordAttempts}).
 * A successful sign-in with the password retires the account's open reset links.
 */
@Stateless
@PermitAll
public class SignIn {

    @Inject
    AccountLookup accounts;

    @Inject
    PasswordAttempts attempts;

    @Inject
    Tokens tokens;

    public Optional<CallerIdentity> check(String email, String password, String clientAddress) {
        if (!EmailAddress.isValid(email)) {
            attempts.refuseMalformed(password, clientAddress);
            return Optional.empty();
        }
        EmailAddress address = new EmailAddress(email);
        Optional<Account> account = accounts.byEmail(address);
        if (!attempts.matches(address.value(), password, account.map(Account::passwordHash).orElse(null),
                clientAddress)) {
            return Optional.empty();
        }
        Account found = account.orElseThrow();
        tokens.retire(found, TokenPurpose.RESET_PASSWORD);
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
