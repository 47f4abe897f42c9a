package org.civicvoice.participation.petition.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Who a signature belongs to, as the unique key of signatures knows it: one mailbox signs once. Addresses are
 * normalised first (case, {@code +tags}, and dots for providers that ignore them), then hashed, so the key
 * itself holds no address. A person without e-mail (signed in by eID only) is keyed by their account.
 */
public record SignerKey(String value) {

    public static final int LENGTH = 80;
    private static final Set<String> DOTLESS_PROVIDERS = Set.of("gmail.com", "googlemail.com");

    public SignerKey {
        if (value == null || value.isBlank() || value.length() > LENGTH) {
            throw new IllegalArgumentException("A signer key is needed");
        }
    }

    public static SignerKey ofMailbox(String email) {
        return new SignerKey("m:" + sha256(normalisedMailbox(email)));
    }

    public static SignerKey ofAccount(String accountKey) {
        return new SignerKey("a:" + accountKey);
    }

    /** The form of an address under which one mailbox has one name: {@code A.B+x@GoogleMail.com} → {@code ab@gmail.com}. */
    public static String normalisedMailbox(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 1 || at == address.length() - 1) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (DOTLESS_PROVIDERS.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    public static String domainOf(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        return address.substring(address.lastIndexOf('@') + 1);
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /**
     * The secret of the private withdrawal link that goes with a confirmation token: sent in the same mail, and
     * shown again on the page where the token was confirmed. One-way, so the withdrawal link does not reveal the
     * confirmation token; only {@code sha256} of the secret is stored.
     */
    public static String withdrawalSecret(String confirmationToken) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest("withdrawal:" + confirmationToken.strip()));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
