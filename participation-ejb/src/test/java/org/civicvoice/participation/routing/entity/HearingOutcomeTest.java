package org.civicvoice.participation.routing.entity;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HearingOutcomeTest {

    @Test
    void theOutcomeIsFoundAtTheStartOrAfterTheBodysName() {
        assertEquals(Optional.of(HearingOutcome.DEBATED), HearingOutcome.in("DEBATED: Debated on 3 May"));
        assertEquals(Optional.of(HearingOutcome.REFERRED_TO_MINISTRY),
                HearingOutcome.in("Petitions Committee: REFERRED_TO_MINISTRY: The ministry reports"));
        assertEquals(Optional.empty(), HearingOutcome.in("Petitions Committee: nothing coded here"));
        assertEquals(Optional.empty(), HearingOutcome.in("A summary that mentions DEBATED in passing"));
        assertEquals(Optional.empty(), HearingOutcome.in(null));
    }

    @Test
    void theCodeIsReplacedByTheReadersWordsAndTheSummaryKept() {
        String recorded = "Petitions Committee: LAW_CHANGED: Amended the water act https://laws.example/12";
        assertEquals("Petitions Committee: Led to a law or amendment: Amended the water act https://laws.example/12",
                HearingOutcome.LAW_CHANGED.relabel(recorded, "Led to a law or amendment"));
        assertEquals("Amended the water act https://laws.example/12", HearingOutcome.LAW_CHANGED.summaryOf(recorded));
    }
}
