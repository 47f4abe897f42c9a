package org.civicvoice.participation.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {

    @Test
    void theFirstSupportedBrowserLanguageWinsElseEnglish() {
        assertEquals(Language.KM, Language.preferred(Collections.enumeration(
                List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("km-KH"), Locale.ENGLISH))));
        assertEquals(Language.EN, Language.preferred(Collections.enumeration(List.of(Locale.FRENCH))));
    }

    @Test
    void tagsAreMatchedLooselyAndUnknownOnesIgnored() {
        assertEquals(Language.KM, Language.fromTag(" KM ").orElseThrow());
        assertTrue(Language.fromTag("xx").isEmpty());
        assertTrue(Language.fromTag(null).isEmpty());
    }

    @Test
    void productionIsTheDefaultStage() {
        assertEquals("Production", WebSettingsInitializer.stageFor(null));
        assertEquals("Production", WebSettingsInitializer.stageFor("anything"));
        assertEquals("Development", WebSettingsInitializer.stageFor(" Development "));
    }
}
