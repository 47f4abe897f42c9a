package org.civicvoice.participation.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleSelectionTest {

    @Test
    void afterAPostTheLanguageLinkKeepsOnlyThePagesAddressWithoutItsLanguage() {
        assertEquals("code=bd15&number=12", LocaleSelection.withoutLanguage("code=bd15&lang=km&number=12"));
        assertEquals("q=drinking+water", LocaleSelection.withoutLanguage("lang=en&q=drinking+water"));
        assertEquals("language=x", LocaleSelection.withoutLanguage("language=x&lang"));
        assertEquals("", LocaleSelection.withoutLanguage(null));
        assertEquals("", LocaleSelection.withoutLanguage("lang=km"));
    }
}
