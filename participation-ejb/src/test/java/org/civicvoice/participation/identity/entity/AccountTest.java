package org.civicvoice.participation.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Account citizen() {
        return new Account(new EmailAddress("dara@example.org"), "hash", "Dara", null, "km", NOW);
    }

    @Test
    void verifyingTheEmailRaisesTheAssuranceButNeverLowersAnEid() {
        Account account = citizen();
        assertEquals(AssuranceLevel.NONE, account.getAssurance());
        account.verifyEmail(NOW);
        assertEquals(AssuranceLevel.EMAIL_VERIFIED, account.getAssurance());
        account.linkEid("subject-1", false, NOW);
        account.verifyEmail(NOW);
        assertEquals(AssuranceLevel.EID_VERIFIED, account.getAssurance());
    }

    @Test
    void erasingKeepsAnAnonymousShellWithoutPersonalData() {
        Account account = citizen();
        account.grant(PlatformRole.MODERATOR);
        account.erase(NOW);
        assertNull(account.getEmail());
        assertNull(account.getDisplayName());
        assertNull(account.passwordHash());
        assertNull(account.getEidSubject());
        assertTrue(account.getRoles().isEmpty());
        assertFalse(account.isActive());
        assertEquals(AccountStatus.DELETED, account.getStatus());
    }

    @Test
    void anEidAccountMayHaveNoEmail() {
        Account account = Account.fromEid("subject-2", null, "Sophea", NOW);
        assertNull(account.getEmail());
        assertEquals(AssuranceLevel.EID_VERIFIED, account.getAssurance());
    }
}
