package org.civicvoice.participation.petition.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignerKeyTest {

    @Test
    void oneMailboxHasOneKeyWhateverItsSpelling() {
        SignerKey key = SignerKey.ofMailbox("sokha.chan@gmail.com");
        assertEquals(key, SignerKey.ofMailbox("Sokha.Chan@Gmail.com"));
        assertEquals(key, SignerKey.ofMailbox("sokhachan+petitions@gmail.com"));
        assertEquals(key, SignerKey.ofMailbox(" s.o.k.h.a.c.h.a.n@googlemail.com "));
    }

    @Test
    void dotsCountWhereTheProviderDistinguishesThem() {
        assertNotEquals(SignerKey.ofMailbox("sokha.chan@example.org"), SignerKey.ofMailbox("sokhachan@example.org"));
        assertEquals(SignerKey.ofMailbox("sokha.chan@example.org"), SignerKey.ofMailbox("sokha.chan+x@example.org"));
        assertEquals("sokha.chan@example.org", SignerKey.normalisedMailbox("Sokha.Chan+News@Example.org"));
    }

    @Test
    void theKeyHoldsNoAddress() {
        String value = SignerKey.ofMailbox("sokha@example.org").value();
        assertFalse(value.contains("sokha"), value);
        assertEquals(66, value.length());
        assertEquals("a:7f0c", SignerKey.ofAccount("7f0c").value());
    }

    @Test
    void textThatIsNoAddressHasNoKey() {
        assertThrows(IllegalArgumentException.class, () -> SignerKey.ofMailbox("sokha"));
        assertThrows(IllegalArgumentException.class, () -> SignerKey.ofMailbox("sokha@"));
        assertEquals("example.org", SignerKey.domainOf("A@Example.ORG"));
    }

    @Test
    void theWithdrawalSecretFollowsFromTheConfirmationTokenButDoesNotRevealIt() {
        String token = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";
        String secret = SignerKey.withdrawalSecret(token);
        assertEquals(secret, SignerKey.withdrawalSecret(" " + token + " "));
        assertNotEquals(secret, SignerKey.withdrawalSecret(token + "x"));
        assertFalse(secret.contains(token.substring(0, 8)), secret);
        assertEquals(43, secret.length());
        assertNotEquals(SignerKey.sha256(token), SignerKey.sha256(secret));
    }
}
