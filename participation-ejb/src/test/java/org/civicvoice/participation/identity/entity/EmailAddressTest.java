package org.civicvoice.participation.identity.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void anAddressIsKeptTrimmedAndInLowerCase() {
        assertEquals("sokha@example.org", new EmailAddress("  Sokha@Example.ORG ").value());
    }

    @Test
    void textThatIsNoAddressIsRefused() {
        for (String bad : new String[]{"", "sokha", "sokha@", "@example.org", "so kha@example.org", "a@b", "a@@b.org"}) {
            assertFalse(EmailAddress.isValid(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(null));
        assertTrue(EmailAddress.isValid("first.last+tag@sub.example.gov.kh"));
    }
}
