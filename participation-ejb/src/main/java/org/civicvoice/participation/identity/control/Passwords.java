package org.civicvoice.participation.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.civicvoice.participation.identity.entity.WeakPassword;

import java.util.Map;
import java.util.Set;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512 (210,000 iterations, OWASP's figure), and refuses
 * passwords that are too short or among the most common ones. Passwords are never logged.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0123456789", "password12",
            "password123", "qwertyuiop", "1q2w3e4r5t", "iloveyou12", "abcdefghij", "passw0rd12", "qwerty1234",
            "1111111111", "aaaaaaaaaa", "letmein123", "welcome123", "administrator");

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of an unknown password, checked when no account matches so that timing tells nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password-never-used".toCharArray());
    }

    public String hashOf(String password) {
        requireStrong(password);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        if (storedHash == null) {
            hash.verify(password.toCharArray(), decoy);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }

    public static void requireStrong(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || COMMON.contains(password.toLowerCase(java.util.Locale.ROOT))
                || password.chars().distinct().count() < 4) {
            throw new WeakPassword(MIN_LENGTH);
        }
    }
}
