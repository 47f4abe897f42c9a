package org.civicvoice.participation.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.InvalidToken;
import org.civicvoice.participation.identity.entity.TokenPurpose;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Secrets: single-use ones for links in e-mails, and the secrets of API access tokens. Only their SHA-256 is
 * stored; using a link's secret is a conditional update, so a link that two tabs open at once still works only
 * once.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new secret; {@code token} builds the row from the secret's hash. Returns the secret for the link. */
    public String issue(Function<String, AccountToken> token) {
        String value = newSecret();
        em.persist(token.apply(hash(value)));
        return value;
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Marks the token used and returns it, or refuses an unknown, used, expired or mistyped one. */
    public AccountToken use(String value, TokenPurpose purpose) {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new InvalidToken();
        }
        String hash = hash(value.trim());
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = em.createNativeQuery("""
                        UPDATE idn_token SET used_at = ?
                        WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?""")
                .setParameter(1, now)
                .setParameter(2, hash)
                .setParameter(3, purpose.name())
                .setParameter(4, now)
                .executeUpdate();
        if (claimed != 1) {
            throw new InvalidToken();
        }
        return em.createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", hash)
                .getSingleResult();
    }

    /** Makes every unused link of the account for this purpose invalid, as if it had been used. */
    public void retire(Account account, TokenPurpose purpose) {
        em.createNativeQuery("""
                        UPDATE idn_token SET used_at = ?
                        WHERE account_id = ? AND purpose = ? AND used_at IS NULL""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, account.getId())
                .setParameter(3, purpose.name())
                .executeUpdate();
    }

    /** The SHA-256 of the secret as 64 lowercase hex digits: what the tables store. */
    public static String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
