package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.control.PasswordAttempts;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.InvalidInput;
import org.civicvoice.participation.identity.entity.AccessToken;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountStatus;
import org.civicvoice.participation.identity.entity.TooManyAccessTokens;
import org.civicvoice.participation.identity.entity.UnknownAccessToken;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal API access tokens: a signed-in person issues, lists and revokes their own; a program then calls the
 * API with {@code Authorization: Bearer <secret>}. The secret is 32 random bytes, shown once; only its SHA-256
 * is stored, so checking a token is one indexed look-up and no password hashing.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class AccessTokens {

    /** Valid tokens one account may hold at a time. */
    public static final int MAX_PER_ACCOUNT = 20;
    private static final int MAX_SECRET_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup accounts;

    @Inject
    Clock clock;

    @Inject
    PasswordAttempts attempts;

    /**
     * A new token, confirmed with the caller's password (throttled like sign-in). A program that calls with a
     * token ({@code bearer}, else {@code null}) gets none that outlives its own.
     */
    public IssuedAccessToken issue(String label, Duration validity, String currentPassword, String bearer,
                                   String clientAddress) {
        Account caller = accounts.caller();
        attempts.requireCurrent(caller, currentPassword, clientAddress);
        Instant now = clock.instant();
        if (bearer != null && validity != null) {
            Instant own = em.createQuery("SELECT t.expiresAt FROM AccessToken t WHERE t.tokenHash = :hash",
                            Instant.class)
                    .setParameter("hash", Tokens.hash(bearer.strip()))
                    .getResultStream().findFirst().orElse(now);
            if (now.plus(validity).isAfter(own)) {
                throw new InvalidInput("days");
            }
        }
        long valid = em.createQuery("""
                        SELECT COUNT(t) FROM AccessToken t WHERE t.account = :account AND t.expiresAt > :now""",
                        Long.class)
                .setParameter("account", caller)
                .setParameter("now", now)
                .getSingleResult();
        if (valid >= MAX_PER_ACCOUNT) {
            throw new TooManyAccessTokens(MAX_PER_ACCOUNT);
        }
        String secret = Tokens.newSecret();
        AccessToken token = new AccessToken(Tokens.hash(secret), caller, label, validity, now);
        em.persist(token);
        em.flush();
        return new IssuedAccessToken(token, secret);
    }

    /** The caller's tokens, newest first, expired ones included until they are revoked; never a secret. */
    public List<AccessToken> list() {
        return em.createQuery("""
                        SELECT t FROM AccessToken t WHERE t.account = :account ORDER BY t.createdAt DESC, t.id DESC""",
                        AccessToken.class)
                .setParameter("account", accounts.caller())
                .getResultList();
    }

    /** Revokes one of the caller's own tokens; another person's token is as unknown as a missing one. */
    public void revoke(long id) {
        int deleted = em.createQuery("DELETE FROM AccessToken t WHERE t.id = :id AND t.account = :account")
                .setParameter("id", id)
                .setParameter("account", accounts.caller())
                .executeUpdate();
        if (deleted != 1) {
            throw new UnknownAccessToken();
        }
    }

    /**
     * The caller a bearer secret stands for, or empty for an unknown or expired token or an account that is no
     * longer active. Runs on every API request with a bearer token: the token, its account and the account's
     * roles come in one query by the unique hash, the memberships in a second by the account.
     */
    @PermitAll
    public Optional<CallerIdentity> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        Optional<Account> account = em.createQuery("""
                        SELECT a FROM AccessToken t JOIN t.account a LEFT JOIN FETCH a.roles
                        WHERE t.tokenHash = :hash AND t.expiresAt > :now AND a.status = :active""", Account.class)
                .setParameter("hash", Tokens.hash(secret.strip()))
                .setParameter("now", clock.instant())
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst();
        return account.map(found -> new CallerIdentity(found.getKey(),
                SignIn.groupsOf(found, accounts.membershipsOf(found))));
    }
}
