package org.civicvoice.participation.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocaleSelectionTest {

    @Test
    void aLanguageLinkKeepsThePagesAddressButNothingOfAPostedForm() {
        assertFalse(LocaleSelection.isFormField("number", new String[]{"12"}));
        assertFalse(LocaleSelection.isFormField("code", new String[]{"bd15"}));
        assertFalse(LocaleSelection.isFormField("q", new String[]{"drinking water", "more"}));
        assertTrue(LocaleSelection.isFormField("signAnonymous:email", new String[]{"someone@example.org"}));
        assertTrue(LocaleSelection.isFormField("signAnonymous", new String[]{"signAnonymous"}));
        assertTrue(LocaleSelection.isFormField("jakarta.faces.ViewState", new String[]{"-8799:-1583"}));
        assertTrue(LocaleSelection.isFormField("primefaces.nonce", new String[]{"MTNk"}));
    }
}
