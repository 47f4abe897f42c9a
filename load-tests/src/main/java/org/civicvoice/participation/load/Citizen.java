package org.civicvoice.participation.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** A seeded, verified citizen and the personal access token the benchmark signs with. */
record Citizen(String accountKey, String email, String token) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The {@code number}-th citizen of a run; e-mails are unique across runs through {@code run}. */
    static Citizen make(String run, int number) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Citizen(UUID.randomUUID().toString(), "signer-" + run + "-" + number + "@bench.example",
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** What the platform stores of the token: the SHA-256 of its UTF-8 bytes as 64 lowercase hex digits. */
    String tokenHash() {
        return sha256Hex(token);
    }

    static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
