package org.civicvoice.participation.petition.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PetitionTextTest {

    @Test
    void partsAreTrimmed() {
        PetitionText text = new PetitionText("  Safe crossings near schools ", " Build crossings ", " Children walk\r\n");
        assertEquals("Safe crossings near schools", text.title());
        assertEquals("Build crossings", text.action());
        assertEquals("Children walk", text.background());
    }

    @Test
    void eachPartNamesItsOwnRule() {
        assertEquals("petition.text.title",
                assertThrows(InvalidPetition.class, () -> new PetitionText("Short", "a", "b")).messageKey());
        assertEquals("petition.text.title", assertThrows(InvalidPetition.class,
                () -> new PetitionText("x".repeat(PetitionText.TITLE_LENGTH + 1), "a", "b")).messageKey());
        assertEquals("petition.text.action", assertThrows(InvalidPetition.class,
                () -> new PetitionText("A long enough title", " ", "b")).messageKey());
        assertEquals("petition.text.background", assertThrows(InvalidPetition.class,
                () -> new PetitionText("A long enough title", "a", null)).messageKey());
    }
}
