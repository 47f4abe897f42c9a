package org.civicvoice.participation.consultation.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DispositionDecisionTest {

    @Test
    void notAcceptedNeedsAReason() {
        InvalidConsultation refused = assertThrows(InvalidConsultation.class,
                () -> new DispositionDecision(Disposition.NOT_ACCEPTED, "  ", null));
        assertEquals("consultation.disposition.reasonRequired", refused.messageKey());
        assertEquals("Out of budget.", new DispositionDecision(Disposition.NOT_ACCEPTED, " Out of budget. ", null)
                .reason());
    }

    @Test
    void onlyAnAcceptedCommentNamesTheUnitItChanged() {
        assertEquals("k", new DispositionDecision(Disposition.PARTLY_ACCEPTED, null, " k ").changedUnitKey());
        assertNull(new DispositionDecision(Disposition.ACCEPTED, "", "").changedUnitKey());
        assertEquals("consultation.disposition.unitOnlyWhenAccepted", assertThrows(InvalidConsultation.class,
                () -> new DispositionDecision(Disposition.OUT_OF_SCOPE, "x", "k")).messageKey());
        assertThrows(InvalidConsultation.class, () -> new DispositionDecision(null, "x", null));
    }
}
