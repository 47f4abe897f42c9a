package org.civicvoice.participation.identity.control;

import org.civicvoice.participation.identity.entity.WeakPassword;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordsTest {

    @Test
    void shortCommonAndMonotonousPasswordsAreRefused() {
        for (String weak : new String[]{null, "short", "1234567890", "Password123", "aaaaaaaaaaaa", "abababababab"}) {
            assertThrows(WeakPassword.class, () -> Passwords.requireStrong(weak), String.valueOf(weak));
        }
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertDoesNotThrow(() -> Passwords.requireStrong("correct horse battery"));
        assertDoesNotThrow(() -> Passwords.requireStrong("ពាក្យសម្ងាត់វែងល្អ"));
    }
}
