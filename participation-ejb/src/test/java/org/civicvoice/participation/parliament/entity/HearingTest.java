package org.civicvoice.participation.parliament.entity;

import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HearingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final CaseNumber REVIEW = new CaseNumber(7);

    @Test
    void aHearingNeedsAPlaceOrAWebStream() {
        assertThrows(InvalidCaseInput.class, () -> new Hearing(REVIEW, NOW, " ", null, NOW));
        assertThrows(InvalidCaseInput.class, () -> new Hearing(REVIEW, NOW, null, "javascript:alert(1)", NOW));
        assertThrows(InvalidCaseInput.class, () -> new Hearing(REVIEW, null, "Room 2", null, NOW));
        Hearing streamed = new Hearing(REVIEW, NOW, null, "https://tv.example/live", NOW);
        assertEquals("https://tv.example/live", streamed.getStreamUrl());
        assertEquals(REVIEW, streamed.getReview());
    }

    @Test
    void anOutcomeIsNamedByItsKey() {
        assertEquals("case.outcome.LAW_CHANGED", HearingOutcome.LAW_CHANGED.label().key());
    }
}
