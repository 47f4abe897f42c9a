package org.civicvoice.participation.petition.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PetitionsTest {

    @Test
    void similarPetitionsAreSoughtByAnyTellingWordOfTheTitleAsAPrefix() {
        assertEquals("Solar* lamps* village* footpaths*",
                Petitions.similarTerms("Solar lamps for every village, on the footpaths!"));
        assertEquals("", Petitions.similarTerms("  to be or not to be  "));
        assertEquals("bus*", Petitions.similarTerms("a +bus -or \"x\""));
    }

    @Test
    void searchWordsAreAllRequired() {
        assertEquals("+drinking* +water*", Petitions.booleanTerms("drinking (water)"));
    }
}
