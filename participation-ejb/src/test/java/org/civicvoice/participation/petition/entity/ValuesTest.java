package org.civicvoice.participation.petition.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesTest {

    @Test
    void aPetitionNumberIsPositiveAndAnythingElseIsUnknown() {
        assertEquals(42, PetitionNumber.of(" 42 ").value());
        assertThrows(UnknownPetition.class, () -> PetitionNumber.of("0"));
        assertThrows(UnknownPetition.class, () -> PetitionNumber.of("42abc"));
        assertThrows(UnknownPetition.class, () -> PetitionNumber.of(null));
    }

    @Test
    void anInvalidationNeedsAPatternAndAReason() {
        assertEquals("petition.invalidate.patternNeeded", assertThrows(InvalidPetition.class,
                () -> new InvalidationPattern(" ", null, null, null, "bots")).messageKey());
        assertEquals("petition.invalidate.reasonNeeded", assertThrows(InvalidPetition.class,
                () -> new InvalidationPattern("10.0.0.1", null, null, null, " ")).messageKey());
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        assertEquals("petition.invalidate.window", assertThrows(InvalidPetition.class,
                () -> new InvalidationPattern(null, null, t, t, "window")).messageKey());
        InvalidationPattern pattern = new InvalidationPattern(null, " Spam.Example ", null, null, " bulk sign-ups ");
        assertEquals("spam.example", pattern.domain());
        assertEquals("bulk sign-ups", pattern.reason());
        assertNull(pattern.ip());
    }

    @Test
    void aSignerWithoutAccountSaysWhoAndWhere() {
        SignerDetails details = new SignerDetails(" Sokha ", " Sokha@Example.org ", "DR-N", true, false);
        assertEquals("sokha@example.org", details.email());
        assertEquals(details, details.requireComplete());
        assertEquals("petition.sign.nameNeeded", assertThrows(InvalidPetition.class,
                () -> new SignerDetails(" ", "a@example.org", "DR-N", false, false).requireComplete()).messageKey());
        assertEquals("petition.sign.email", assertThrows(InvalidPetition.class,
                () -> new SignerDetails("Sokha", "not-an-address", "DR-N", false, false)).messageKey());
        assertEquals("petition.sign.regionNeeded", assertThrows(InvalidPetition.class,
                () -> new SignerDetails("Sokha", "a@example.org", null, false, false).requireComplete()).messageKey());
    }

    @Test
    void searchesListOpenPetitionsByDefaultAndNeverUnpublishedOnes() {
        PetitionQuery query = new PetitionQuery(Optional.of("  "), Optional.empty(), Optional.of(""), Optional.empty(),
                Optional.empty(), null, 0, 20);
        assertEquals(PetitionState.OPEN, query.stateOrOpen());
        assertEquals(PetitionSort.MOST_SIGNED, query.sort());
        assertTrue(query.text().isEmpty());
        assertTrue(query.body().isEmpty());
        assertThrows(InvalidPetition.class, () -> new PetitionQuery(Optional.empty(), Optional.of(PetitionState.DRAFT),
                Optional.empty(), Optional.empty(), Optional.empty(), null, 0, 20));
        assertFalse(PetitionState.MODERATION.isPublic());
        assertTrue(RejectionReason.DEFAMATORY.hidesText());
        assertFalse(RejectionReason.DUPLICATE.hidesText());
    }

    @Test
    void progressIsAPercentageCappedAtAHundred() {
        assertEquals(12, card(1234, 10_000).getPercent());
        assertEquals(100, card(12_000, 10_000).getPercent());
        assertEquals(0, card(5, 0).getPercent());
    }

    private static PetitionCard card(int signatures, int goal) {
        return new PetitionCard(1, "t", "a", PetitionState.OPEN, "b", "B", "t", "T", null, null, signatures, goal,
                Consequence.GOVERNMENT_RESPONSE, false, null, null, null, "en");
    }
}
